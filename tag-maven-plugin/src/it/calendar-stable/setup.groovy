// The example TAG repository, whose metadata has a meeting with a structured recurrence.
def from = new File(projectRoot, 'examples/tag-infrastructure')
['tag.yaml', 'charter.md'].each { new File(basedir, it).bytes = new File(from, it).bytes }
// A TAG repository is a git repository: reports name files relative to its root.
new File(basedir, '.git').mkdirs()
true
