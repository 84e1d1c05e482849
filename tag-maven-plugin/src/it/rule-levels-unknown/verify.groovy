// A level for a rule that does not exist fails the goal, naming the parameter and the rule meant.
def log = new File(basedir, 'build.log').text
assert log.contains("Invalid tag:validate configuration: rules (<rules> in the plugin's configuration): unknown rule 'term-ending-son'; did you mean 'term-ending-soon'?")
assert !log.contains('BUILD SUCCESS')
true
