// A tag.yaml of 10.9 MB: a TAG whose mission statement is one very long line.
def file = new File(basedir, 'tag.yaml')
file.withWriter('UTF-8') { out ->
  out << 'dir: tag-x\nname: TAG X\nmission_statement: '
  def chunk = 'x' * 100_000
  109.times { out << chunk }
  out << '\n'
}
assert file.length() > 10_900_000
new File(basedir, '.git').mkdirs()
true
