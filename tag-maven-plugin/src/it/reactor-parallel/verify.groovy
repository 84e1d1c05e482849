// Each module checks its own tag.yaml; the result is the same serial and with -T 2.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def warnings = log.readLines().findAll { it.contains('[term-ending-soon]') }.sort()
assert warnings == ['a', 'b', 'c', 'd'].collect {
  "[WARNING] tag-${it}/tag.yaml:9:9: [term-ending-soon] chair term of Chair ${it.toUpperCase()} (@chair-${it}) ends 2026-07-15, in 14 days; plan the election".toString()
}
['a', 'b', 'c', 'd'].each {
  def json = new JsonSlurper().parse(new File(basedir, "tag-${it}/target/tag/tag-report.json"))
  assert json.files == 1 && json.errors == 0 && json.warnings == 1
  assert json.findings[0].file == "tag-${it}/tag.yaml"
}
true
