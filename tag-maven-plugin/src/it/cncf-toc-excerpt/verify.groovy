// The real registry excerpt, checked the day after its snapshot: its real problems, exactly (the
// tech-lead terms that ended, the placeholder charter, subproject leads without terms, a preview
// image that is not there, the free-text time zone).
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def findings = log.readLines().findAll { it =~ /^\[(ERROR|WARNING|INFO)\] (tags\.yaml|tags\/.*charter\.md):/ }
def expired = { line, who -> "[ERROR] tags.yaml:${line}:13: [term-expired] tech lead term of ${who} ended 2026-06-30 (1 day before 2026-07-01); record the renewal with a new term, or move them to emeritus_leads".toString() }
def missingTerm = { line, who -> "[WARNING] tags.yaml:${line}:15: [term-missing] subproject lead ${who} has no term; add term: with the start and end of the mandate".toString() }
assert findings == [
  expired(58, 'Bruno Schaatsbergen (@bschaatsbergen)'),
  expired(66, 'Nicholas Jackson (@nicholasjackson)'),
  expired(145, 'Raffaele Spazzoli (@raffaelespazzoli)'),
  missingTerm(205, 'Niki Manoledaki (@nikimanoledaki)'),
  missingTerm(210, 'Antonio Di Turi (@AntonioDiTuri)'),
  expired(256, 'Alexander D. Kanevskiy (@kad)'),
  expired(288, 'Stephen Rust (@srust)'),
  missingTerm(313, 'Alex Scammon (@stackedsax)'),
  missingTerm(318, 'Marlow Warnicke (@catblade)'),
  missingTerm(323, 'Abhishek Malvankar (@asm582)'),
  "[INFO] tags.yaml:329:13: [ambiguous-time-zone] schedule gives its time zone as PDT/PST; add a recurrence with time_zone: America/Los_Angeles so every reader sees the right local time",
  "[ERROR] tags.yaml:337:9: [local-path-exists] landscape_preview_image './landscape/batch-landscape-preview.png' names tags/tag-workloads-foundation/subprojects/batch/landscape/batch-landscape-preview.png, which does not exist",
  // Charter findings are made in the charters, where SARIF shows them.
  "[ERROR] tags/tag-operational-resilience/subprojects/green-reviews/charter.md:1:1: [require-charter] tags/tag-operational-resilience/subprojects/green-reviews/charter.md is a placeholder ('Charter content here'); write the group's charter: its mission and scope",
  "[ERROR] tags/tag-workloads-foundation/charter.md:1:1: [require-charter] tags/tag-workloads-foundation/charter.md has no Scope section; a charter states both",
]
assert log.contains('TAG metadata check failed: 8 errors, 5 warnings (failOn=error).')

def sarif = new JsonSlurper().parse(new File(basedir, 'target/tag/tag-report.sarif'))
assert sarif.runs[0].results.collect { it.locations[0].physicalLocation.region.startLine } == [58, 66, 145, 205, 210, 256, 288, 313, 318, 323, 329, 337, 1, 1]
assert sarif.runs[0].results.collect { it.locations[0].physicalLocation.artifactLocation.uri }[-2..-1] ==
    ['tags/tag-operational-resilience/subprojects/green-reviews/charter.md', 'tags/tag-workloads-foundation/charter.md']
assert new JsonSlurper().parse(new File(basedir, 'target/tag/tag-report.json')).errors == 8
true
