// The real excerpt and TAG Infrastructure's real charter, from their one copy in the examples.
def from = new File(projectRoot, 'examples/cncf-toc')
['tags.yaml', 'tags/tag-infrastructure/charter.md'].each { path ->
  def target = new File(basedir, path)
  target.parentFile.mkdirs()
  target.bytes = new File(from, path).bytes
}
true
