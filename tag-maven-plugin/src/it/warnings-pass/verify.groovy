// Warnings are logged as warnings and do not fail the build by default.
def log = new File(basedir, 'build.log').text
assert log.contains("[WARNING] tag.yaml:9:9: [term-ending-soon] chair term of Chair One (@chair-one) ends 2026-07-10, in 9 days; plan the election")
assert log =~ /TAG metadata: 1 file checked: 0 errors, 1 warning, 0 infos in \d+ ms/
assert log.contains('BUILD SUCCESS')
