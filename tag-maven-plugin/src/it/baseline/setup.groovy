// The real excerpt and its charters and labels, from their one copy in the examples; then the two
// later versions of tags.yaml: lines added above the findings, and a misspelled key planted.
def from = new File(projectRoot, 'examples/cncf-toc')
['tags.yaml', 'tags/tag-infrastructure/charter.md',
 'tags/tag-operational-resilience/subprojects/green-reviews/charter.md',
 'tags/tag-workloads-foundation/subprojects/batch/charter.md', '.github/labels.yaml'].each { path ->
  def target = new File(basedir, path)
  target.parentFile.mkdirs()
  target.bytes = new File(from, path).bytes
}
new File(basedir, '.git').mkdirs()
def moved = '# TAGs of the CNCF\n# (two lines added on top)\n' + new File(from, 'tags.yaml').text
new File(basedir, 'moved').mkdirs()
new File(basedir, 'moved/tags.yaml').text = moved
new File(basedir, 'planted').mkdirs()
new File(basedir, 'planted/tags.yaml').text =
    moved.replaceFirst('\n      mailing_list: https://lists.cncf.io/g/cncf-tag-infrastructure',
        '\n      mailing_lst: https://lists.cncf.io/g/cncf-tag-infrastructure')
true
