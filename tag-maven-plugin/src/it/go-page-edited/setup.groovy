// A cncf/toc checkout whose pages are up to date (those of examples/cncf-toc, with the Go
// generator's banner), one of them edited by hand.
def example = new File(projectRoot, 'examples/cncf-toc')
example.eachFileRecurse(groovy.io.FileType.FILES) { file ->
  def path = example.toPath().relativize(file.toPath()).toString()
  if (path == 'tags.yaml' || (path.startsWith('tags/') && path.endsWith('.md')) || path == '.github/labels.yaml') {
    def target = new File(basedir, path)
    target.parentFile.mkdirs()
    target.bytes = file.bytes
  }
}
def page = new File(basedir, 'tags/tag-infrastructure/README.md')
page.text = page.text.replace('- Kashif Khan (**', '- Kashif K. (**')
// A TAG repository is a git repository: reports name files relative to its root.
new File(basedir, '.git').mkdirs()
true
