// The log, as the Actions runner reads it: the only workflow commands are tagkit's annotations,
// whose data (after the second ::) escapes CR and LF, so no hostile value starts a line.
def log = new File(basedir, 'build.log').text
def commands = log.split(/\r\n|\r|\n|\u0085|\u2028|\u2029/).findAll { it.strip().startsWith('::') }
assert !commands.isEmpty()
commands.each { assert it ==~ /::(error|warning|notice) file=[^:]*,title=[a-z-]+::[^\r\n]*/ : it }
assert !log.contains('\n::stop-commands::owned')
assert log.contains('[invisible-character]')
assert log.contains('[link-scheme]')
// The page: the one custom block tagkit wrote, no unsafe link, no bidi control.
def page = new File(basedir, 'README.md').text
assert page.readLines().count { it == '<!-- BEGIN CUSTOM CONTENT -->' } == 1
assert !(page =~ /\]\(\s*javascript:/)
assert !page.contains('\u202E') && !page.contains('\u2066')
// The calendar, by a reader that splits lines at CR, LF and CRLF: one event, no injected property.
def calendar = new File(basedir, 'meetings.ics').text.split(/\r\n|\r|\n/)
assert calendar.count { it == 'BEGIN:VEVENT' } == 1
assert !calendar.any { it.startsWith('X-INJ') }
// The SARIF report is well-formed JSON.
new groovy.json.JsonSlurper().parse(new File(basedir, 'target/tag/tag-report.sarif'))
true
