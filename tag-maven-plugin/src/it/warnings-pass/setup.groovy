// The same tag.yaml as the warnings-fail scenario, which fails on its warnings.
def from = new File(projectRoot, 'tag-maven-plugin/src/it/warnings-fail')
new File(basedir, 'tag.yaml').bytes = new File(from, 'tag.yaml').bytes
true
