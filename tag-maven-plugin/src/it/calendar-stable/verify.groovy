// The calendar is written once, and generating it again on another day changes nothing: every
// field comes from the metadata. Only the picture of the terms, which marks today, is redrawn.
def log = new File(basedir, 'build.log').text
assert log.count('[INFO] Created meetings.ics') == 1
assert !log.contains('Updated meetings.ics')
assert log.contains('[INFO] Pages of tag.yaml: 3 generated, 1 changed')
assert log.contains('[INFO] Updated leadership-terms.svg')
def calendar = new File(basedir, 'meetings.ics').text
assert calendar.contains('DTSTART;TZID=America/New_York:20260730T160000\r\n')
assert calendar.contains('RRULE:FREQ=MONTHLY;BYDAY=-1TH\r\n')
assert calendar.contains('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\n')
true
