// The same tag.yaml as the warnings-fail scenario, which fails on its warnings.
def from = new File(projectRoot, 'tag-maven-plugin/src/it/warnings-fail')
new File(basedir, 'tag.yaml').bytes = new File(from, 'tag.yaml').bytes
// A TAG repository is a git repository: reports name files relative to its root.
new File(basedir, '.git').mkdirs()
true
