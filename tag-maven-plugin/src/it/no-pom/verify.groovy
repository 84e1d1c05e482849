// Without a pom the goal runs by its coordinates and checks tags.yaml where Maven was started.
def log = new File(basedir, 'build.log').text
def lines = log.readLines().findAll { it.startsWith('[ERROR] tags.yaml') }
assert lines == [
  "[ERROR] tags.yaml:2:5: [require-chairs] TAG Example lists no chairs; add them under leadership.chairs",
  "[ERROR] tags.yaml:2:5: [require-charter] TAG Example has no charter: add tags/tag-example/charter.md or a charter_link",
  "[ERROR] tags.yaml:2:5: [require-meetings] TAG Example lists no meetings; governance requires a public meeting at least monthly",
  "[ERROR] tags.yaml:2:5: [require-toc-liaison] TAG Example lists no TOC liaison; add contact.toc_liaison",
  "[ERROR] tags.yaml:4:5: [unknown-key] unknown key 'labl' in /tags/0; did you mean 'label'?",
]
assert log.contains('TAG metadata check failed: 5 errors, 0 warnings (failOn=error).')
