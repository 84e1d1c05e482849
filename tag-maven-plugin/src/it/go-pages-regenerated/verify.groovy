import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions

// tag:generate takes over the Go generator's pages: it rewrites them as its own, and they become
// the pages of examples/cncf-toc, which the tag-pages tests prove are the Go generator's output
// with exactly the fixes docs/pages.md lists.
def log = new File(basedir, 'build.log').text
['tags/tag-infrastructure/README.md', 'tags/tag-operational-resilience/README.md',
 'tags/tag-operational-resilience/subprojects/green-reviews/README.md',
 'tags/tag-workloads-foundation/README.md'].each { assert log.contains("[INFO] Updated ${it}\n") }
assert log.contains('[INFO] Created tags/tag-workloads-foundation/subprojects/batch/README.md\n')
// No picture of the terms: the Go generator makes none, and it was not asked for (-Dtag.charts).
assert !new File(basedir, 'tags/leadership-terms.svg').exists()
assert log.contains('[INFO] Pages of tags.yaml: 5 generated, 5 changed')
def example = new File(projectRoot, 'examples/cncf-toc')
example.eachFileRecurse(groovy.io.FileType.FILES) { page ->
  if (page.name == 'README.md' && page.parentFile != example) {
    def path = example.toPath().relativize(page.toPath()).toString()
    assert new File(basedir, path).text == page.text : path
  }
}
// Charters and metadata are never written.
assert new File(basedir, 'tags.yaml').bytes == new File(example, 'tags.yaml').bytes
assert new File(basedir, 'tags/tag-operational-resilience/subprojects/green-reviews/charter.md').text == 'Charter content here'

// A new page gets what the umask gives a new file (.ci/run runs the build under umask 022); a
// rewritten page keeps its own mode.
def umask = Integer.parseInt(['sh', '-c', 'umask'].execute().text.trim(), 8)
def created = Files.getPosixFilePermissions(
    new File(basedir, 'tags/tag-workloads-foundation/subprojects/batch/README.md').toPath())
assert created == PosixFilePermissions.fromString(modeString(0666 & ~umask))
assert Files.getPosixFilePermissions(new File(basedir, 'tags/tag-infrastructure/README.md').toPath()) ==
    PosixFilePermissions.fromString('rw-------')
assert Files.getPosixFilePermissions(new File(basedir, 'tags/tag-workloads-foundation/README.md').toPath()) ==
    PosixFilePermissions.fromString(modeString(0666 & ~umask))
true

static String modeString(int mode) {
  def chars = 'rwxrwxrwx'
  (0..8).collect { i -> (mode & (0400 >> i)) != 0 ? chars[i] : '-' }.join()
}
