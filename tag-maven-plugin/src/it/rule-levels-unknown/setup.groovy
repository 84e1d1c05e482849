// The same tag.yaml as the warnings-fail scenario, whose one finding is a warning by default.
def from = new File(projectRoot, 'tag-maven-plugin/src/it/warnings-fail')
new File(basedir, 'tag.yaml').bytes = new File(from, 'tag.yaml').bytes
new File(basedir, '.git').mkdirs()
true
