// The calendar is written once, and generating again on another day changes nothing: every field
// comes from the metadata, and the picture of the terms, which would mark the day, was not asked for.
def log = new File(basedir, 'build.log').text
assert log.count('[INFO] Created meetings.ics') == 1
assert !log.contains('Updated meetings.ics')
assert log.contains('[INFO] Pages of tag.yaml: 2 generated, 0 changed')
assert !log.contains('Updated')
assert !new File(basedir, 'leadership-terms.svg').exists()
def calendar = new File(basedir, 'meetings.ics').text
assert calendar.contains('DTSTART;TZID=America/New_York:20260730T160000\r\n')
assert calendar.contains('RRULE:FREQ=MONTHLY;BYDAY=-1TH\r\n')
assert calendar.contains('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\n')
true
