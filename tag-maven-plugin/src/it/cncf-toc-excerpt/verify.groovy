// The real registry excerpt, checked the day after its snapshot: its real problems, exactly.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def findings = log.readLines().findAll { it =~ /^\[(ERROR|WARNING|INFO)\] tags\.yaml:/ }
def expired = { line, who -> "[ERROR] tags.yaml:${line}:13: [term-expired] tech lead term of ${who} ended 2026-06-30 (1 day before 2026-07-01); record the renewal with a new term, or move them to emeritus_leads".toString() }
assert findings == [
  expired(58, 'Bruno Schaatsbergen (@bschaatsbergen)'),
  expired(66, 'Nicholas Jackson (@nicholasjackson)'),
  expired(145, 'Raffaele Spazzoli (@raffaelespazzoli)'),
  "[ERROR] tags.yaml:220:5: [require-charter] tags/tag-workloads-foundation/charter.md has no Scope section; a charter states both",
  expired(256, 'Alexander D. Kanevskiy (@kad)'),
  expired(288, 'Stephen Rust (@srust)'),
  "[INFO] tags.yaml:329:13: [ambiguous-time-zone] schedule gives its time zone as PDT; add a recurrence with time_zone: America/Los_Angeles so every reader sees the right local time",
]
assert log.contains('TAG metadata check failed: 6 errors, 0 warnings (failOn=error).')

def sarif = new JsonSlurper().parse(new File(basedir, 'target/tag/tag-report.sarif'))
assert sarif.runs[0].results.collect { it.locations[0].physicalLocation.region.startLine } == [58, 66, 145, 220, 256, 288, 329]
assert new JsonSlurper().parse(new File(basedir, 'target/tag/tag-report.json')).errors == 6
true
