import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions

// A cncf/toc checkout as it is today: the excerpt, its charters, and the pages cncf/toc's Go
// generator wrote for it (tag-pages' copy of its real output), with one page of a subproject
// not generated yet and one page kept private by its owner (mode 0600).
def example = new File(projectRoot, 'examples/cncf-toc')
['tags.yaml', 'tags/tag-infrastructure/charter.md', 'tags/tag-operational-resilience/charter.md',
 'tags/tag-workloads-foundation/charter.md',
 'tags/tag-operational-resilience/subprojects/green-reviews/charter.md',
 'tags/tag-workloads-foundation/subprojects/batch/charter.md'].each { path ->
  def target = new File(basedir, path)
  target.parentFile.mkdirs()
  target.bytes = new File(example, path).bytes
}
def go = new File(projectRoot, 'tag-pages/src/test/resources/cncf-toc-go')
go.eachFileRecurse(groovy.io.FileType.FILES) { page ->
  def path = go.toPath().relativize(page.toPath()).toString()
  if (path != 'tags/tag-workloads-foundation/subprojects/batch/README.md') {
    def target = new File(basedir, path)
    target.parentFile.mkdirs()
    target.bytes = page.bytes
  }
}
Files.setPosixFilePermissions(new File(basedir, 'tags/tag-infrastructure/README.md').toPath(),
    PosixFilePermissions.fromString('rw-------'))
// A TAG repository is a git repository: reports name files relative to its root.
new File(basedir, '.git').mkdirs()
true
