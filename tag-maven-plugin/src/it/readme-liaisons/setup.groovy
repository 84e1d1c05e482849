// The real excerpt, where Jeremy Rickard no longer liaises with TAG Operational Resilience, and
// beside it the real liaison list of the cncf/toc README, which still says so.
def registry = new File(projectRoot, 'examples/cncf-toc/tags.yaml').text
def liaison = '        - github: jeremyrickard\n          name: Jeremy Rickard\n'
assert registry.contains(liaison)
new File(basedir, 'tags.yaml').text = registry.replaceFirst(java.util.regex.Pattern.quote(liaison), '')
new File(basedir, 'README.md').bytes = new File(projectRoot, 'tag-pages/src/test/resources/cncf-toc-readme/README.md').bytes
new File(basedir, '.git').mkdirs()
true
