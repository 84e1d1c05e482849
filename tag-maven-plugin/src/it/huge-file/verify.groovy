// Every goal names the file and the limit in the same words, before reading the file.
def log = new File(basedir, 'build.log').text
def size = new File(basedir, 'tag.yaml').length()
def refused = "tag.yaml: [resource-limit] the file is ${size} bytes; metadata files are limited to 4194304 bytes (maxFileSize)"
for (goal in ['generate', 'export', 'fix', 'rotate']) {
  def failed = log.readLines().find { it.contains(":${goal} (default-cli) on project huge-file:") }
  assert failed != null : goal
  assert failed.contains(refused) : failed
}
assert log.contains("[ERROR] ${refused}") // validate's finding
assert !log.contains('OutOfMemoryError')
// Nothing but the located refusal ended the goals (the scenarios run with stack traces on): no
// library's exception is behind it.
def causes = log.readLines().findAll { it.startsWith('Caused by: ') }.collect { it.split(':')[1].trim() }.unique()
assert causes.every { it == 'org.apache.maven.plugin.MojoFailureException' } : causes
assert !log.contains('BUILD SUCCESS')
// The file is left as it was.
assert new File(basedir, 'tag.yaml').length() == size
true
