// The real excerpt, cncf/toc's label definitions and the real charters of TAG Infrastructure and of
// the two TAG subprojects,
// from their one copy in the examples.
def from = new File(projectRoot, 'examples/cncf-toc')
['tags.yaml', 'tags/tag-infrastructure/charter.md',
 'tags/tag-operational-resilience/subprojects/green-reviews/charter.md',
 'tags/tag-workloads-foundation/subprojects/batch/charter.md', '.github/labels.yaml'].each { path ->
  def target = new File(basedir, path)
  target.parentFile.mkdirs()
  target.bytes = new File(from, path).bytes
}
// A TAG repository is a git repository: reports name files relative to its root.
new File(basedir, '.git').mkdirs()
true
