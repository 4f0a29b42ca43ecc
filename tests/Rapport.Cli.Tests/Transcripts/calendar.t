# rapport calendar: plan slots, export the series, import a calendar
@vault example
@today 2026-01-20

$ rapport calendar plan --day thu --start 14:00 --gap 10 --people noah priya
  Slot        Until   Person        Length   Now
────────────────────────────────────────────────────────
  thu 14:00   14:30   Noah Patel    30 min   tue 10:10
  thu 14:40   15:25   Priya Raman   45 min   tue 11:20

--apply records these slots in the documents

$ rapport calendar plan --day thu --start 14:00 --people noah priya --apply
  Slot        Until   Person        Length   Now
────────────────────────────────────────────────────────
  thu 14:00   14:30   Noah Patel    30 min   tue 10:10
  thu 14:35   15:20   Priya Raman   45 min   tue 11:20

recorded 2 slots

$ rapport calendar export noah
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Rapport//1:1s//EN
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:1:1s of Jordan Lee
X-WR-TIMEZONE:Europe/London
BEGIN:VTIMEZONE
TZID:Europe/London
BEGIN:DAYLIGHT
DTSTART:19700329T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
DTSTART:19701025T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:rapport-1on1-noah-patel@rapport.local
DTSTAMP:20260120T120000Z
DTSTART;TZID=Europe/London:20260122T140000
DURATION:PT30M
RRULE:FREQ=WEEKLY;BYDAY=TH
SUMMARY:1:1 Noah Patel
DESCRIPTION:1:1 Noah Patel\n30 minutes\, weekly
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR

$ rapport calendar export --default-slot "someday 9:00"
! error: --default-slot 'someday 9:00' is not a slot; write a day and a time, for example "tue 09:00"
? 2

$ rapport calendar plan --day blursday --start 09:00
! error: --day 'blursday' is not a day; use mon, tue, wed, thu, fri, sat or sun
? 2

$ rapport calendar import {fixtures}/calendar/work.ics --dry-run
Noah Patel: 0 meetings held, next 2026-01-20

$ rapport calendar import {fixtures}/calendar/work.ics
Noah Patel: 0 meetings held, next 2026-01-20 · updated Career/1-on-1s/noah-patel.md

$ rapport status
 Person           Kind       Cadence    Last met     Next due       Open      Overdue   Follow-through   Mood
                                                                    me/them   me/them   me/them
───────────────────────────────────────────────────────────────────────────────────────────────────────────────────
 Dana Whitfield   skip       monthly    2026-01-09   2026-02-09     2/1                 – / –
 Marco Rossi      customer   monthly    2026-01-12   2026-02-12     2/1                 – / –
 Noah Patel       direct     weekly     2026-01-13   2026-01-20     2/2       1/0       0% / 100%        2→3→4→4
 Priya Raman      mentee     biweekly   2026-01-07   2026-01-21     1/2       1/0       0% / –
 Sarah Chen       manager    weekly     2026-01-08   2026-01-15 !   0/2                 100% / –

overdue Sarah Chen: 5 days past its weekly cadence
5 relationships · 1 1:1s overdue · 15 open actions (7 mine, 8 theirs), 2 overdue
follow-through over 90 days: me 25% (1/4), them 100% (1/1)

$ rapport calendar import {fixtures}/calendar/broken.ics
! error: {fixtures}/calendar/broken.ics:3: not an iCalendar content line (NAME:value)
? 5

$ rapport calendar import missing.ics
! error: missing.ics: no such file
? 2
