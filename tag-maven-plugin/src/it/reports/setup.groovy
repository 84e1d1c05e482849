// The registry with errors of the registry-errors scenario, here written out as reports.
def from = new File(projectRoot, 'tag-maven-plugin/src/it/registry-errors')
new File(basedir, 'tags.yaml').bytes = new File(from, 'tags.yaml').bytes
// A TAG repository is a git repository: reports name files relative to its root.
new File(basedir, '.git').mkdirs()
true
