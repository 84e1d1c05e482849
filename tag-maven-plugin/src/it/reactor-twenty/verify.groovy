// Under -T 4 every module reports exactly what it would alone: the serial result.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
(1..20).each { i ->
  def name = String.format('tag-%02d', i)
  def end = java.time.LocalDate.of(2026, 7, 1).plusDays(i)
  def expected = ["[WARNING] ${name}/tag.yaml:9:9: [term-ending-soon] chair term of Chair ${i} (@chair-${i}) ends ${end}, in ${i} ${i == 1 ? 'day' : 'days'}; plan the election".toString()]
  if (i % 2 == 1) {
    expected.add(0, "[ERROR] ${name}/tag.yaml:13:3: [unknown-key] unknown key 'slak' in /contact; did you mean 'slack'?".toString())
  }
  def lines = log.readLines().findAll { it.contains("] ${name}/tag.yaml:") }
  assert lines.sort() == expected.sort()
  def json = new JsonSlurper().parse(new File(basedir, "${name}/target/tag/tag-report.json"))
  assert json.errors == (i % 2) && json.warnings == 1
}
true
