// Run from site/, findings and SARIF name the file from the repository's root:
// site/tag.yaml, which is where code scanning and pull requests find it.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('[WARNING] site/tag.yaml:9:9: [term-ending-soon] chair term of Chair One (@chair-one) ends 2026-07-10, in 9 days; plan the election')
def sarif = new JsonSlurper().parse(new File(basedir, 'site/target/tag/tag-report.sarif'))
assert sarif.runs[0].results.collect { it.locations[0].physicalLocation.artifactLocation.uri } == ['site/tag.yaml']
true
