# rapport add: a new running document from the template, refusing duplicates and bad values
@vault example
@today 2026-01-20

$ rapport add "Alex Kim" --kind direct --role "Senior Engineer" --frequency weekly --duration 30
created Career/1-on-1s/alex-kim.md

$ rapport show alex --json
{
  "person": "Alex Kim",
  "slug": "alex-kim",
  "path": "Career/1-on-1s/alex-kim.md",
  "role": "Senior Engineer",
  "kind": "direct",
  "frequency": "weekly",
  "duration": 30,
  "started": "2026-01-20",
  "lastMet": null,
  "focusAreas": [],
  "threads": [],
  "actions": {
    "mine": [],
    "theirs": []
  },
  "completed": [],
  "accomplishments": [],
  "meetings": [],
  "problems": []
}

$ rapport add "alex kim"
! error: 'alex kim' already has a running document: Career/1-on-1s/alex-kim.md
? 6

$ rapport add "Sarah Chen" --kind manager
! error: 'Sarah Chen' already has a running document: Career/1-on-1s/sarah-chen.md
? 6

$ rapport add "Bo Lind" --kind friend
! error: unknown kind 'friend'; use manager, direct, skip, mentor, mentee, customer or peer
? 2

$ rapport add "Bo Lind" --frequency daily
! error: unknown frequency 'daily'; use weekly, biweekly or monthly
? 2

$ rapport add "Bo Lind" --started 2026-13-45
! error: '2026-13-45' is not a valid --started date: there is no month 13; months are 1 to 12
? 2

$ rapport add "../../etc/passwd"
! error: '../../etc/passwd' is not a person's name: names cannot contain '/', '\' or '..'
? 8

$ rapport add "Tomás O'Brien" --kind mentee --frequency biweekly --duration 45 --started 2025-12-01
created Career/1-on-1s/tomas-obrien.md

$ rapport list
  Person           Kind       Frequency   Last met     Open (mine/theirs)
───────────────────────────────────────────────────────────────────────────
  Alex Kim         direct     weekly      never        0/0
  Dana Whitfield   skip       monthly     2026-01-09   2/1
  Marco Rossi      customer   monthly     2026-01-12   2/1
  Noah Patel       direct     weekly      2026-01-13   2/2
  Priya Raman      mentee     biweekly    2026-01-07   1/2
  Sarah Chen       manager    weekly      2026-01-08   0/2
  Tomás O'Brien    mentee     biweekly    never        0/0
