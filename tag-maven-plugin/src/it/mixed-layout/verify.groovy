// A registry and one TAG's file in one directory: which to check is the user's to say.
def log = new File(basedir, 'build.log').text
assert log.contains("Invalid tag:validate configuration: files (tag.files): both tags.yaml and tag.yaml are in ${basedir.canonicalPath}: a repository holds the registry or one TAG's metadata, not both; name the one to check")
assert !log.contains('BUILD SUCCESS')
true
