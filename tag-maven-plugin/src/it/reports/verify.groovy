// SARIF, JSON and GitHub reports are written under target/tag, and annotations printed.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.readLines().contains("::error file=tags.yaml,line=18,col=7,title=unknown-key::unknown key 'mailing_lst' in /tags/0/contact; did you mean 'mailing_list'?")

def sarif = new JsonSlurper().parse(new File(basedir, 'target/tag/tag-report.sarif'))
assert sarif.version == '2.1.0'
def run = sarif.runs[0]
assert run.tool.driver.name == 'tagkit'
assert run.tool.driver.rules.find { it.id == 'require-toc-liaison' }.shortDescription.text ==
    'A TAG or TOC subproject lists no TOC liaison under contact.toc_liaison.'
assert run.results.size() == 9 // the chair with neither name nor handle gets no term-missing besides
def unknown = run.results.find { it.ruleId == 'unknown-key' }
assert unknown.level == 'error'
assert unknown.locations[0].physicalLocation.artifactLocation.uri == 'tags.yaml'
assert unknown.locations[0].physicalLocation.region.startLine == 18
assert unknown.locations[0].physicalLocation.region.startColumn == 7
assert run.tool.driver.rules[unknown.ruleIndex].id == 'unknown-key'

def json = new JsonSlurper().parse(new File(basedir, 'target/tag/tag-report.json'))
assert json.errors == 8
assert json.warnings == 1
assert json.findings.collect { it.line } == [2, 7, 14, 18, 23, 23, 25, 28, 29]
assert new File(basedir, 'target/tag/tag-report-github.txt').readLines().size() == 9
