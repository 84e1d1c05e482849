// The excerpt with its charters, and a checkout of the CNCF website beside it with today's
// hand-kept TAG Infrastructure page (tag-pages' copy of the real page).
def example = new File(projectRoot, 'examples/cncf-toc')
new File(basedir, 'tags.yaml').bytes = new File(example, 'tags.yaml').bytes
new File(example, 'tags').eachDirRecurse { dir ->
  def charter = new File(dir, 'charter.md')
  if (charter.isFile()) {
    def copy = new File(basedir, example.toPath().relativize(charter.toPath()).toString())
    copy.parentFile.mkdirs()
    copy.bytes = charter.bytes
  }
}
def page = new File(basedir, 'website/docs/community/tags/infrastructure/index.md')
page.parentFile.mkdirs()
page.bytes = new File(projectRoot, 'tag-pages/src/test/resources/contribute-site/infrastructure/index.md').bytes
true
