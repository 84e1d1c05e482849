def log = new File(basedir, 'build.log').text
def found = log.readLines().findAll { it.contains('[readme-liaisons]') }
// 1. found once, at the README's line, with the line to write and the command that writes it
assert found.size() == 1
assert found[0].startsWith("[WARNING] README.md:13:1: [readme-liaisons] the README's liaison list gives @jeremyrickard TAG Workloads Foundation, TAG Operational Resilience; tags.yaml makes them liaison of TAG Workloads Foundation: write '* **Jeremy Rickard** ([@jeremyrickard](https://github.com/jeremyrickard)) — TAG Workloads Foundation'")
assert found[0].contains(":fix' writes it")
// 2. tag:fix wrote that line and no other
assert log.contains('[INFO] README.md: list @jeremyrickard with the groups of tags.yaml')
assert log.contains('[INFO] Fixed 1 line(s) in README.md')
def before = new File(projectRoot, 'tag-pages/src/test/resources/cncf-toc-readme/README.md').readLines()
def after = new File(basedir, 'README.md').readLines()
assert after.size() == before.size()
def changed = (0..<before.size()).findAll { before[it] != after[it] }
assert changed == [12]
assert after[12] == '* **Jeremy Rickard** ([@jeremyrickard](https://github.com/jeremyrickard)) — TAG Workloads Foundation'
// 3. nothing left to say
assert log.split(/Fixed 1 line\(s\) in README.md/)[1].readLines().every { !it.contains('[readme-liaisons]') }
true
