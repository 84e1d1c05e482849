// -Dtag.skip skips the check, even of a broken file.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Skipping TAG metadata validation (tag.skip)')
assert !log.contains('TAG metadata:')
assert log.contains('BUILD SUCCESS')
