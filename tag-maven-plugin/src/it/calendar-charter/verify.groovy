// A calendar must be a file of its own: the charter is never turned into one.
def log = new File(basedir, 'build.log').text
assert log.contains("Invalid tag:generate configuration: calendar (tag.calendar): calendar 'charter.md' must be a file of its own ending in .ics, such as meetings.ics")
assert new File(basedir, 'charter.md').text.startsWith('# ')
true
