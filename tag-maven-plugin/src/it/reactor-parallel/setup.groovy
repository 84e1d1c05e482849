// The same four TAG repositories as the reactor-serial scenario, built with -T 2.
def from = new File(projectRoot, 'tag-maven-plugin/src/it/reactor-serial')
['tag-a', 'tag-b', 'tag-c', 'tag-d'].each { module ->
  new File(basedir, "${module}/tag.yaml").bytes = new File(from, "${module}/tag.yaml").bytes
}
// A TAG repository is a git repository: reports name files relative to its root.
new File(basedir, '.git').mkdirs()
true
