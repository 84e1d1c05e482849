// A TAG repository with a hand-written README.md: valid-tag-repo's tag.yaml and charter.md.
def from = new File(projectRoot, 'tag-maven-plugin/src/it/valid-tag-repo')
['tag.yaml', 'charter.md'].each { new File(basedir, it).bytes = new File(from, it).bytes }
new File(basedir, '.git').mkdirs()
new File(basedir, 'README.md').text = '# TAG Example\n\nWritten by hand, and kept.\n'
true
