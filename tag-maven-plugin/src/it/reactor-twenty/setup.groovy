// Twenty TAG repositories in one reactor: module i has a chair whose term ends in i days and,
// for odd i, a misspelled key.
(1..20).each { i ->
  def name = String.format('tag-%02d', i)
  def dir = new File(basedir, name)
  dir.mkdirs()
  new File(dir, 'pom.xml').text = """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent><groupId>io.github.tagkit.it</groupId><artifactId>reactor-twenty</artifactId><version>1.0</version></parent>
  <artifactId>${name}</artifactId>
  <packaging>pom</packaging>
</project>
"""
  def end = java.time.LocalDate.of(2026, 7, 1).plusDays(i)
  new File(dir, 'tag.yaml').text = """dir: ${name}
name: TAG ${i}
leadership:
  chairs:
    - github: chair-${i}
      name: Chair ${i}
      term:
        start: "2024-07-01"
        end: "${end}"
meetings:
  - recordings_url: https://www.youtube.com/@CNCFTAG${i}
contact:
  ${i % 2 == 1 ? 'slak' : 'slack'}: C08KBH3RA1K
  toc_liaison:
    - github: liaison-${i}
      name: Liaison ${i}
"""
}
// A TAG repository is a git repository: reports name files relative to its root.
new File(basedir, '.git').mkdirs()
true
