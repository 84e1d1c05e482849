// The POM sets term-ending-soon to info, over the 'off' of .tagkit.yaml.
def log = new File(basedir, 'build.log').text
assert log.contains("[INFO] tag.yaml:9:9: [term-ending-soon] chair term of Chair One (@chair-one) ends 2026-07-10, in 9 days; plan the election")
assert !log.contains("[WARNING] tag.yaml:9:9:")
assert log =~ /TAG metadata: 1 file checked: 0 errors, 0 warnings, 1 info in \d+ ms/
assert log.contains('BUILD SUCCESS')
true
