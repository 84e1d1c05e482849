// The edited page, and only it, is out of date; the hint names the command that works without a
// pom (the plugin's coordinates), and the diff shows the edit.
def log = new File(basedir, 'build.log').text
def drift = log.readLines().findAll { it.contains('[page-out-of-date]') }
assert drift == [
  "[ERROR] tags/tag-infrastructure/README.md:14:1: [page-out-of-date] tags/tag-infrastructure/README.md is out of date with tags.yaml; run 'mvn io.github.tagkit:tag-maven-plugin:${pluginVersion}:generate' to regenerate it (hand edits belong in tags.yaml or between the CUSTOM CONTENT markers):".toString(),
]
assert log.contains('\n-- Kashif K. (**[@kashifest](https://github.com/kashifest)**) (Term: 2025-07-01 - 2027-06-30)\n+- Kashif Khan (**[@kashifest](https://github.com/kashifest)**) (Term: 2025-07-01 - 2027-06-30)\n')
true
