// Every ended term moved to emeritus_leads with a diff of only the moved entries; validate then
// finds no expired term; the second rotation changes nothing.
def log = new File(basedir, 'build.log').text
def original = new File(projectRoot, 'examples/cncf-toc/tags.yaml').text
def rotated = new File(basedir, 'tags.yaml').text
assert log.contains('TAG Infrastructure: tech lead Bruno Schaatsbergen (@bschaatsbergen) is emeritus, their term 2025-07-02 to 2026-06-30 ended')
assert log.contains('--- tags.yaml')
assert log.contains('+      emeritus_leads:')
assert !log.contains('[term-expired]')
assert log.contains('Leadership of tags.yaml is current as of 2026-07-01')
def comments = { text -> text.readLines().findAll { it.trim().startsWith('#') } }
assert comments(rotated) == comments(original)
def gone = new ArrayList(original.readLines())
rotated.readLines().each { gone.remove(it) }
assert gone.size() == 5 && gone.every { it.trim() == 'email:' }
true
