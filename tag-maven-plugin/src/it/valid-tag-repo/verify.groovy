// A valid per-TAG repository passes, and says what it checked.
def log = new File(basedir, 'build.log').text
assert log =~ /\[INFO\] TAG metadata: 1 file checked: 0 errors, 0 warnings, 0 infos in \d+ ms/
assert !log.contains('[ERROR]')
assert log.contains('BUILD SUCCESS')
