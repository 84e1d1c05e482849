// Every ended term moved to emeritus_leads with a diff of only the moved entries; validate then
// finds no expired term; the second rotation changes nothing.
def log = new File(basedir, 'build.log').text
def original = new File(projectRoot, 'examples/cncf-toc/tags.yaml').text
def rotated = new File(basedir, 'tags.yaml').text
assert log.contains('TAG Infrastructure: tech lead Bruno Schaatsbergen (@bschaatsbergen) is emeritus, their term 2025-07-02 to 2026-06-30 ended')
assert log.contains('--- tags.yaml')
assert log.contains('+      emeritus_leads:')
// The first validation found the ended terms; the one after rotating, none.
// Maven 3.8 heads a goal's output with the plugin's artifactId, Maven 3.9 and later with its prefix.
def validations = log.split('--- (tag-maven-plugin|tag):[^:]+:validate')
assert validations.size() == 3
assert validations[1].contains('[term-expired]')
assert !validations[2].contains('[term-expired]')
// The terms report, written before rotating, lists the ended terms for an issue.
def terms = new File(basedir, 'target/tag/terms.md').text
assert terms.startsWith('## Leadership terms as of 2026-07-01')
assert terms.contains('| Raffaele Spazzoli ([@raffaelespazzoli](https://github.com/raffaelespazzoli)) | Tech Lead | 2025-07-02 to 2026-06-30 | ended 1 day ago |')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/tag/terms.json'))
assert json.terms.count { it.daysLeft < 0 } == 5
assert log.contains('Leadership of tags.yaml is current as of 2026-07-01')
def comments = { text -> text.readLines().findAll { it.trim().startsWith('#') } }
assert comments(rotated) == comments(original)
def gone = new ArrayList(original.readLines())
rotated.readLines().each { gone.remove(it) }
assert gone.size() == 5 && gone.every { it.trim() == 'email:' }
true
