// Every finding of a registry is logged at its line and column, and the build fails once.
def log = new File(basedir, 'build.log').text
def expected = [
  "[ERROR] tags.yaml:2:5: [require-charter] TAG Example has no charter: add tags/tag-example/charter.md or a charter_link",
  "[ERROR] tags.yaml:14:13: [term-expired] tech lead term of Lead One (@lead-one) ended 2026-06-30 (1 day before 2026-07-01); record the renewal with a new term, or move them to emeritus_leads",
  "[ERROR] tags.yaml:18:7: [unknown-key] unknown key 'mailing_lst' in /tags/0/contact; did you mean 'mailing_list'?",
  "[ERROR] tags.yaml:23:5: [require-charter] Reviews SubProject has no charter: add toc_subprojects/reviews-subproject/charter.md or a charter_link",
  "[ERROR] tags.yaml:23:5: [require-toc-liaison] Reviews SubProject lists no TOC liaison; add contact.toc_liaison",
  "[ERROR] tags.yaml:25:5: [placeholder-text] 'mission_statement' holds placeholder text ('Foo' in 'Foo-Baz-Bar'); write the real value or remove the key",
  "[ERROR] tags.yaml:28:11: [require-leader-handle] a chair with neither name nor handle has no GitHub handle; add 'github:'",
  "[ERROR] tags.yaml:29:11: [require-leader-name] a chair with neither name nor handle has no name; add 'name:'",
]
def lines = log.readLines().findAll { it.startsWith('[ERROR] tags.yaml') }
assert lines == expected
assert log =~ /TAG metadata: 1 file checked: 8 errors, 1 warning, 0 infos in \d+ ms/
assert log.contains('TAG metadata check failed: 8 errors, 1 warning (failOn=error). Fix the findings above, or exempt one with a reason in .tagkit.yaml.')
