// Without a pom, in a directory with no metadata: Maven was started in the wrong place, and the
// goal fails saying what it looked for and where, instead of passing without checking anything.
def log = new File(basedir, 'build.log').text
assert log.contains("No TAG metadata to check: looked for tags.yaml or tag.yaml in ${basedir.canonicalPath}; run Maven in the repository's root, or name the files with -Dtag.files")
assert !log.contains('BUILD SUCCESS')
true
