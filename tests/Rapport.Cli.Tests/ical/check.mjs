// Reads an .ics file with ical.js and prints, as JSON, each event's UID, summary, time zone,
// duration in minutes and its occurrences (as UTC instants) from the first until the given end.
// Usage: node check.mjs FILE.ics END-ISO-DATE
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const [file, end] = process.argv.slice(2);
const component = new ICAL.Component(ICAL.parse(readFileSync(file, "utf8")));
for (const tz of component.getAllSubcomponents("vtimezone")) {
  ICAL.TimezoneService.register(new ICAL.Timezone(tz));
}
const until = ICAL.Time.fromDateTimeString(end + "T23:59:59");
const events = component.getAllSubcomponents("vevent").map((vevent) => {
  const event = new ICAL.Event(vevent);
  const iterator = event.iterator();
  const occurrences = [];
  for (let next = iterator.next(); next && next.compare(until) <= 0; next = iterator.next()) {
    occurrences.push(next.toJSDate().toISOString());
  }
  return {
    uid: event.uid,
    summary: event.summary,
    tzid: event.startDate.zone ? event.startDate.zone.tzid : null,
    minutes: event.duration.toSeconds() / 60,
    rrule: vevent.getFirstPropertyValue("rrule").toString(),
    description: event.description,
    occurrences,
  };
});
process.stdout.write(JSON.stringify(events));
