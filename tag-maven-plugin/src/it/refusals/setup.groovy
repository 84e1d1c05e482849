// The real excerpt, from its one copy in the examples, and two READMEs written by hand.
def from = new File(projectRoot, 'examples/cncf-toc')
new File(basedir, 'tags.yaml').bytes = new File(from, 'tags.yaml').bytes
['tag-infrastructure', 'tag-workloads-foundation'].each { dir ->
  def readme = new File(basedir, "tags/${dir}/README.md")
  readme.parentFile.mkdirs()
  readme.text = "# ${dir}\n\nKept by hand.\n"
}
new File(basedir, '.git').mkdirs()
true
