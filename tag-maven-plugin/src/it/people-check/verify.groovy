// Each leader the team lacks at its members: line, each member who leads nothing at their line,
// named as cncf/people's repository names the file; SARIF carries each line's edit.
def log = new File(basedir, 'build.log').text
def people = log.readLines().findAll { it.contains('[people-tag-leads]') }
assert people.contains('[WARNING] config.yaml:72:1: [people-tag-leads] the tag-leads team lacks @GenPage, chair of TAG Infrastructure: add \'- GenPage # TAG Infrastructure\' to its members')
assert people.contains('[WARNING] config.yaml:75:1: [people-tag-leads] the tag-leads team lists @raravena80 (# Runtime), who leads no TAG, TAG subproject or TOC subproject of tags.yaml: remove the line')
assert people.size() == 22 + 10
assert !people.any { it.contains('@xing-yang') || it.contains('@kad') || it.contains('@mrbobbytables') }

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'toc/target/tag/tag-report.sarif'))
def results = sarif.runs[0].results.findAll { it.ruleId == 'people-tag-leads' }
assert results.size() == 32
def remove = results.find { it.message.text.contains('@raravena80') }
def change = remove.fixes[0].artifactChanges[0]
assert change.artifactLocation.uri == 'config.yaml'
assert change.replacements[0].deletedRegion == [startLine: 75, startColumn: 1, endLine: 76, endColumn: 1]
assert change.replacements[0].insertedContent.text == ''
def add = results.find { it.message.text.contains('@GenPage') }
assert add.fixes[0].artifactChanges[0].replacements[0].insertedContent.text == '      - GenPage # TAG Infrastructure\n'
true
