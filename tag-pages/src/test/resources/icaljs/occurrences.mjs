// Prints the start of every occurrence, in Unix seconds, of the first event of an iCalendar file
// over the given number of years, as ical.js computes them from the file's own VTIMEZONEs.
// Usage: node occurrences.mjs <file.ics> <years>
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';

const [file, years] = process.argv.slice(2);
const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
for (const zone of calendar.getAllSubcomponents('vtimezone')) {
  ICAL.TimezoneService.register(zone);
}
const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent'));
const end = event.startDate.clone();
end.year += Number(years);
const iterator = event.iterator();
const starts = [];
for (let next = iterator.next(); next && next.compare(end) < 0; next = iterator.next()) {
  starts.push(event.getOccurrenceDetails(next).startDate.toUnixTime());
}
console.log(starts.join('\n'));
