# rapport extract: notes on standard input, no vault needed
@vault none
@today 2026-01-20

$ rapport extract --date 2026-01-15 --person "Sarah Chen" --cadence weekly
< - Sarah loved the renewal story
< - Q1 goal: increase NRR by 10%
< - She wants me to lead customer advisory board
< - Training budget approved - find courses by next week
< - Talked about promotion criteria
My actions
  - [P2] lead customer advisory board (unsure: a wish nobody accepted)
  - [P1] find courses (due 2026-01-22)

Done
  - Training budget approved

Goals
  - increase NRR by 10%

Topics
  - Sarah loved the renewal story
  - promotion criteria

$ rapport extract --date 2026-02-11 --person "Ben Adler" --json
< AI(me): draft the on-call handbook outline -> end of week
< AI(Ben): fix the alert thresholds by Fri
< win: incident count down 30% this month
< mood 4/5
{
  "actions": [
    {
      "owner": "me",
      "text": "draft the on-call handbook outline",
      "due": "2026-02-13",
      "priority": "P1",
      "line": 1
    },
    {
      "owner": "them",
      "text": "fix the alert thresholds",
      "due": "2026-02-13",
      "priority": "P1",
      "line": 2
    }
  ],
  "wins": [
    {
      "text": "incident count down 30% this month",
      "line": 3
    }
  ],
  "completions": [],
  "decisions": [],
  "goals": [],
  "feedback": [],
  "blockers": [],
  "topics": [],
  "mood": 4
}

$ rapport extract --date 2026-02-11 --person "Ben Adler"
<
nothing found in the notes

$ rapport extract --date 2026-13-45 --person "Ben Adler"
< send the deck
! error: '2026-13-45' is not a valid --date: there is no month 13; months are 1 to 12
? 2

$ rapport extract --date 2026-02-11 --person "Ben Adler" --cadence hourly
< send the deck
! error: unknown cadence 'hourly'; use weekly, biweekly or monthly
? 2

$ rapport extract --date 2026-02-11 --person "Ben Adler" --file missing.md
! error: missing.md: no such file
? 2

$ rapport extract --person "Ben Adler"
< send the deck
! error: 'rapport extract' needs --date; see 'rapport extract --help'
? 2
