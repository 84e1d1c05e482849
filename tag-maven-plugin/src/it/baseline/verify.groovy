// Run 1 wrote the baseline; run 2, months later and with the lines moved, passed with every finding
// known; run 3 failed on the planted key alone, and SARIF says which results are new.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def baseline = new JsonSlurper().parse(new File(basedir, '.tagkit-baseline.json'))
assert baseline.tagkitBaseline == 1
def known = baseline.findings.size()
assert known == 14
assert log.contains("Wrote .tagkit-baseline.json: ${known} known finding(s) (9 error(s), 5 warning(s))".toString())

def second = log.substring(log.indexOf('copy-resources (move)'), log.indexOf('copy-resources (plant)'))
assert second.contains('BUILD SUCCESS')
assert second =~ /TAG metadata: \d+ files? checked: 0 errors, 0 warnings, 1 info, 14 known, in \.tagkit-baseline\.json in \d+ ms/
assert second.contains('[INFO] tags.yaml:60:13: [term-expired] known: tech lead term of Bruno Schaatsbergen (@bschaatsbergen) ended 2026-06-30 (147 days before 2026-11-24)')

def third = log.substring(log.indexOf('copy-resources (plant)'))
def errors = third.readLines().findAll { it.startsWith('[ERROR] tags.yaml') }
assert errors == ["[ERROR] tags.yaml:84:7: [unknown-key] unknown key 'mailing_lst' in /tags/0/contact; did you mean 'mailing_list'?"]
assert third.contains('TAG metadata check failed: 1 error, 0 warnings (failOn=error).')

def results = new JsonSlurper().parse(new File(basedir, 'target/tag/tag-report.sarif')).runs[0].results
assert results.findAll { it.baselineState == 'new' && it.level == 'error' }*.ruleId == ['unknown-key']
assert results.count { it.baselineState == 'unchanged' } == known
def json = new JsonSlurper().parse(new File(basedir, 'target/tag/tag-report.json'))
assert json.known == known
assert json.gone == 0
assert json.errors == 1
true
