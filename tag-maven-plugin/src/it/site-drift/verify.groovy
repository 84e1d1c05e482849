// The website's page is compared with the registry: the tech leads it has and the registry
// does not, and the other way round, each at its line of the page.
def log = new File(basedir, 'build.log').text
def drift = log.readLines().findAll { it.contains('[site-page-drift]') }
// the command that brings the website's newer facts in, as a user runs it here
def sync = "mvn io.github.tagkit:tag-maven-plugin:${pluginVersion}:sync -Dtag.site=website/docs/community/tags"
def at = { line, what -> "[WARNING] website/docs/community/tags/infrastructure/index.md:${line}:1: [site-page-drift] the website's page of TAG Infrastructure ${what}".toString() }
assert drift == [
  at(26, 'lists no tech lead @bschaatsbergen (Bruno Schaatsbergen)'),
  at(26, 'lists no tech lead @nicholasjackson (Nicholas Jackson)'),
  at(32, "lists @mesutoezdil (Mesut Özdil) as a tech lead, whom the metadata does not; if the website is newer, '${sync}' records it"),
  at(33, "lists @thschue (Thomas Schuetz) as a tech lead, whom the metadata does not; if the website is newer, '${sync}' records it"),
]
true
