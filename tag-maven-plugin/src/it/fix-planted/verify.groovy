// The dry run printed the diff and wrote nothing; the fix wrote exactly the correct file (only the
// four planted lines changed); the SARIF report of the fixed file has no fixable finding left.
def log = new File(basedir, 'build.log').text
assert log.contains('Not written (tag.dryRun)')
assert log.contains('-          lfxid:\n+          lfx_id:')
assert log.contains("tags.yaml /tags/0/meetings/0/recurrence/time_zone: set it to 'America/Los_Angeles'")
assert log.contains("rename the key to 'mailing_list'")
assert log.contains('tags.yaml: remove the spaces at the end of line 3')
assert new File(basedir, 'tags.yaml').text == new File(basedir, 'correct.yaml.txt').text
// What fix leaves is counted in the file it fixed, and is information: the fix succeeded.
def fixing = log.substring(0, log.lastIndexOf(':validate (default-cli)'))
assert !(fixing =~ /(?m)^\[ERROR\]/)
def left = (fixing =~ /\[INFO\] (\d+) finding\(s\) left in tags\.yaml/)
assert left.find()
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/tag/tag-report.sarif'))
def results = sarif.runs[0].results
assert !results.any { it.ruleId in ['unknown-key', 'time-zone-id'] }
assert results.every { it.fixes == null }
assert left.group(1).toInteger() == results.count { it.locations[0].physicalLocation.artifactLocation.uri == 'tags.yaml' }
true
