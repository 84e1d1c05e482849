// The valid TAG repository of the valid-tag-repo scenario: its tag.yaml and charter.md.
def from = new File(projectRoot, 'tag-maven-plugin/src/it/valid-tag-repo')
['tag.yaml', 'charter.md'].each { new File(basedir, it).bytes = new File(from, it).bytes }
// A TAG repository is a git repository: reports name files relative to its root.
new File(basedir, '.git').mkdirs()
true
