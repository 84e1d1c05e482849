// With -Dtag.failOn=warning the same warning fails the build.
def log = new File(basedir, 'build.log').text
assert log.contains("[WARNING] tag.yaml:9:9: [term-ending-soon] chair term of Chair One (@chair-one) ends 2026-07-10, in 9 days; plan the election")
assert log.contains('TAG metadata check failed: 0 errors, 1 warning (failOn=warning).')
