# rapport prep: the next 1:1's agenda, from the running document
@vault example
@today 2026-01-14

$ rapport prep "Sarah Chen"
╭──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────╮
│ 1:1 with Sarah Chen · 2026-01-15 (tomorrow)                                                                          │
│ 30 min, weekly · My-manager 1:1 · last met 2026-01-08                                                                │
│ Intention: leave with an agreed Q1 goal and the training budget decided                                              │
│ Last time (2026-01-08): Year planning, onboarding retrospective · intention: agree on my Q1 focus · outcome:         │
│ advisory board lead confirmed; Q1 number still open                                                                  │
╰──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────╯

New accomplishments since last time
  • 2026-01-12  Closed Customer X renewal - 2 years, $500K ARR
  • 2026-01-12  Update the renewal playbook with the new pricing tiers
  • 2026-01-13  Done: Draft the advisory board invite list

Open action items
  Sarah's
    [ ] Review promotion packet requirements
    [ ] Approve training budget

Talking points
  • Training budget: has finance approved it? (by me)
  • Q1 goal setting: what number should I own? (by Sarah)

From last time
  • Team & Process: New onboarding flow feedback - very positive

Focus areas to check in on
  • Leading customer advisory board initiative
  • Promotion track: targeting Senior CSM by Q3

Suggested agenda (My-manager 1:1)
  1. Share recent wins
       Share: Closed Customer X renewal - 2 years, $500K ARR
       Share: Update the renewal playbook with the new pricing tiers
       Done: Draft the advisory board invite list
  2. Follow up on commitments
       Follow up: Sarah to review promotion packet requirements
       Follow up: Sarah to approve training budget
  3. My topics and asks
       Training budget: has finance approved it? (me)
       Q1 goal setting: what number should I own? (Sarah)
       Follow up on Team & Process: New onboarding flow feedback - very positive
       “How am I doing against your expectations?”
  4. Goals and growth
       Focus: Leading customer advisory board initiative
       Focus: Promotion track: targeting Senior CSM by Q3
       “Who should I learn from, inside or outside the team?”
  5. Feedback
       “What should I do more of, and what less?”

$ rapport prep
╭──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────╮
│ 1:1 with Sarah Chen · 2026-01-15 (tomorrow)                                                                          │
│ 30 min, weekly · My-manager 1:1 · last met 2026-01-08                                                                │
│ Intention: leave with an agreed Q1 goal and the training budget decided                                              │
│ Last time (2026-01-08): Year planning, onboarding retrospective · intention: agree on my Q1 focus · outcome:         │
│ advisory board lead confirmed; Q1 number still open                                                                  │
╰──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────╯

New accomplishments since last time
  • 2026-01-12  Closed Customer X renewal - 2 years, $500K ARR
  • 2026-01-12  Update the renewal playbook with the new pricing tiers
  • 2026-01-13  Done: Draft the advisory board invite list

Open action items
  Sarah's
    [ ] Review promotion packet requirements
    [ ] Approve training budget

Talking points
  • Training budget: has finance approved it? (by me)
  • Q1 goal setting: what number should I own? (by Sarah)

From last time
  • Team & Process: New onboarding flow feedback - very positive

Focus areas to check in on
  • Leading customer advisory board initiative
  • Promotion track: targeting Senior CSM by Q3

Suggested agenda (My-manager 1:1)
  1. Share recent wins
       Share: Closed Customer X renewal - 2 years, $500K ARR
       Share: Update the renewal playbook with the new pricing tiers
       Done: Draft the advisory board invite list
  2. Follow up on commitments
       Follow up: Sarah to review promotion packet requirements
       Follow up: Sarah to approve training budget
  3. My topics and asks
       Training budget: has finance approved it? (me)
       Q1 goal setting: what number should I own? (Sarah)
       Follow up on Team & Process: New onboarding flow feedback - very positive
       “How am I doing against your expectations?”
  4. Goals and growth
       Focus: Leading customer advisory board initiative
       Focus: Promotion track: targeting Senior CSM by Q3
       “Who should I learn from, inside or outside the team?”
  5. Feedback
       “What should I do more of, and what less?”

$ rapport prep noah --format md
# 1:1 with Noah Patel · 2026-01-20

30 min, weekly · Support meeting · last met 2026-01-13

**Intention:** _set one: what should this 1:1 achieve?_

**Last time (2026-01-13):** Solo renewals debrief, Friday workload

## Agenda

### 1. Personal connection
- _“What's the best thing that happened since we last spoke?”_

### 2. Progress & wins
- Follow up: Noah to lead the Acme Freight QBR (due 2026-01-28)
- Follow up: Noah to find exec sponsors for the 6 unsponsored accounts (due 2026-01-31)
- Update on: Review his QBR deck for Acme Freight (due 2026-01-16, overdue 4d)
- Update on: Intro Noah to the solutions-consulting lead (due 2026-01-23)
- _“Are your priorities clear, and do they match mine for you?”_

### 3. Challenges & roadblocks
- Workload on Fridays, can we move the team sync? (Noah)
- Follow up on Onboarding & Ramp: Ran his first two renewal calls alone; both renewed on time
- Follow up on Workload: Book feels manageable; Fridays are meeting-heavy
- _“Is anything blocked on another team or on a decision?”_

### 4. Two-way feedback
- High five (QBR prep): the Acme Freight deck told the customer's story, not ours
- Watch out (follow-ups): two customer emails waited three days for a reply; path: answer within a day, even if only to say when
- _“What feedback do you have for me?”_

### 5. Development & growth
- Goal: Short: lead a QBR without shadow support (by 2026-01-31); last progress 2026-01-13: Acme Freight QBR booked for Jan 28
- Goal: Medium: own the full mid-market book by end of Q1

$ rapport prep noah --format json
{
  "person": "Noah Patel",
  "path": "Career/1-on-1s/noah-patel.md",
  "kind": "direct",
  "date": "2026-01-20",
  "due": "2026-01-20",
  "framework": "support",
  "frameworkName": "Support meeting",
  "minutes": 30,
  "cadence": "weekly",
  "lastMet": "2026-01-13",
  "last": {
    "date": "2026-01-13",
    "summary": "Solo renewals debrief, Friday workload",
    "intention": null,
    "outcome": null
  },
  "intention": null,
  "wins": [],
  "done": [],
  "myActions": [
    {
      "text": "Review his QBR deck for Acme Freight",
      "due": "2026-01-16",
      "overdueDays": 4,
      "priority": null
    },
    {
      "text": "Intro Noah to the solutions-consulting lead",
      "due": "2026-01-23",
      "overdueDays": null,
      "priority": null
    }
  ],
  "theirActions": [
    {
      "text": "Lead the Acme Freight QBR",
      "due": "2026-01-28",
      "overdueDays": null,
      "priority": null
    },
    {
      "text": "Find exec sponsors for the 6 unsponsored accounts",
      "due": "2026-01-31",
      "overdueDays": null,
      "priority": null
    }
  ],
  "points": [
    {
      "text": "Workload on Fridays, can we move the team sync?",
      "by": "Noah",
      "added": "2026-01-14",
      "carriedOver": 0
    }
  ],
  "threads": [
    {
      "topic": "Onboarding & Ramp",
      "latest": "Ran his first two renewal calls alone; both renewed on time"
    },
    {
      "topic": "Workload",
      "latest": "Book feels manageable; Fridays are meeting-heavy"
    }
  ],
  "goals": [
    {
      "text": "Short: lead a QBR without shadow support",
      "due": "2026-01-31",
      "progress": "Acme Freight QBR booked for Jan 28",
      "progressDate": "2026-01-13"
    },
    {
      "text": "Medium: own the full mid-market book by end of Q1",
      "due": null,
      "progress": null,
      "progressDate": null
    }
  ],
  "goalsAreFocusAreas": false,
  "feedback": [
    {
      "kind": "high-five",
      "skill": "QBR prep",
      "text": "the Acme Freight deck told the customer's story, not ours",
      "path": null
    },
    {
      "kind": "watch-out",
      "skill": "follow-ups",
      "text": "two customer emails waited three days for a reply",
      "path": "answer within a day, even if only to say when"
    }
  ],
  "starter": "What's the best thing that happened since we last spoke?",
  "steps": [
    {
      "number": 1,
      "title": "Personal connection",
      "items": [],
      "question": "What's the best thing that happened since we last spoke?"
    },
    {
      "number": 2,
      "title": "Progress & wins",
      "items": [
        "Follow up: Noah to lead the Acme Freight QBR (due 2026-01-28)",
        "Follow up: Noah to find exec sponsors for the 6 unsponsored accounts (due 2026-01-31)",
        "Update on: Review his QBR deck for Acme Freight (due 2026-01-16, overdue 4d)",
        "Update on: Intro Noah to the solutions-consulting lead (due 2026-01-23)"
      ],
      "question": "Are your priorities clear, and do they match mine for you?"
    },
    {
      "number": 3,
      "title": "Challenges & roadblocks",
      "items": [
        "Workload on Fridays, can we move the team sync? (Noah)",
        "Follow up on Onboarding & Ramp: Ran his first two renewal calls alone; both renewed on time",
        "Follow up on Workload: Book feels manageable; Fridays are meeting-heavy"
      ],
      "question": "Is anything blocked on another team or on a decision?"
    },
    {
      "number": 4,
      "title": "Two-way feedback",
      "items": [
        "High five (QBR prep): the Acme Freight deck told the customer's story, not ours",
        "Watch out (follow-ups): two customer emails waited three days for a reply; path: answer within a day, even if only to say when"
      ],
      "question": "What feedback do you have for me?"
    },
    {
      "number": 5,
      "title": "Development & growth",
      "items": [
        "Goal: Short: lead a QBR without shadow support (by 2026-01-31); last progress 2026-01-13: Acme Freight QBR booked for Jan 28",
        "Goal: Medium: own the full mid-market book by end of Q1"
      ],
      "question": null
    }
  ],
  "briefing": null
}

$ rapport prep priya --date 2026-01-21
╭─────────────────────────────────────────────────────────────────────────────────────────────────╮
│ 1:1 with Priya Raman · 2026-01-21 (in 7 days)                                                   │
│ 45 min, biweekly · Support meeting · last met 2026-01-07                                        │
│ Intention: none set: what should this 1:1 achieve? (add "- Intention: …" under ## Next Meeting) │
│ Last time (2026-01-07): Retro facilitation, DataConf acceptance                                 │
╰─────────────────────────────────────────────────────────────────────────────────────────────────╯

Open action items
  Priya's
    [ ] Write down three team-lead behaviours to practise (due 2026-01-21)
    [ ] Dry run the DataConf talk with two colleagues (due 2026-02-18)
  Mine
    [ ] Share my old conference slides as a reference (due 2026-01-14) overdue 7d

From last time
  • Leadership: Ran her first retro for the implementation team; wants feedback on facilitation
  • Speaking: Abstract for DataConf accepted

Focus areas to check in on
  • Preparing for a move into a team-lead role
  • Public speaking: first conference talk in spring

Suggested agenda (Support meeting)
  1. Personal connection
       “What's been on your mind lately, work-related or otherwise?”
  2. Progress & wins
       Follow up: Priya to write down three team-lead behaviours to practise (due 2026-01-21)
       Follow up: Priya to dry run the DataConf talk with two colleagues (due 2026-02-18)
       Update on: Share my old conference slides as a reference (due 2026-01-14, overdue 7d)
       “What's working well that we should do more of?”
  3. Challenges & roadblocks
       Follow up on Leadership: Ran her first retro for the implementation team; wants feedback on facilitation
       Follow up on Speaking: Abstract for DataConf accepted
       “Is anything blocked on another team or on a decision?”
  4. Two-way feedback
       “Was there a moment recently when I could have helped more?”
  5. Development & growth
       Focus: Preparing for a move into a team-lead role
       Focus: Public speaking: first conference talk in spring

$ rapport prep marco --framework performance --format md
# Performance conversation with Marco Rossi · 2026-02-12

30 min · Performance conversation · last met 2026-01-12

**Intention:** _set one: what should Marco understand and commit to by the end?_

Performance comes up, but growth is the goal. Bring evidence, ask for their view first, and end with a clear path.

## Agenda

### 1. Purpose and how it will go
- _“This is about growth, not blame: here's what I want us to leave with.”_

### 2. Their view
- _“How do you think the last few months have gone?”_

### 3. Feedback and a path for adjustment
- Follow up: Marco to confirm depot 4 hardware delivery date

### 4. Goals and support from here
- Focus: Roll out route analytics to the two remaining depots
- Focus: Renewal in June: expand from 120 to 200 seats
- Update on: Book a map-view walkthrough for dispatchers (due 2026-01-23, overdue 20d)
- Update on: Send the 200-seat expansion quote (due 2026-01-30, overdue 13d)
- _“What learning would help you most right now?”_

$ rapport prep dana --format md
# 1:1 with Dana Whitfield · 2026-02-09

30 min, monthly · My-manager 1:1 · last met 2026-01-09

**Intention:** _set one: what do you need from Dana this time?_

**Last time (2026-01-09):** EMEA headcount, all-hands slot

## Agenda

### 1. Share recent wins
- Share: Update the renewal playbook with the new pricing tiers

### 2. Follow up on commitments
- Dana done: Share the Q1 retention targets
- Follow up: Dana to ask legal about a standard renewal addendum
- Update on: Write a one-page case for the EMEA team lead (due 2026-01-30, overdue 10d)
- Update on: Prepare 5-minute advisory board update for the all-hands (due 2026-02-05, overdue 4d)

### 3. My topics and asks
- Follow up on Org & Strategy: EMEA headcount plan goes to the exec team in February
- Follow up on Visibility: Dana suggested I present the advisory board pilot at the all-hands
- _“How am I doing against your expectations?”_

### 4. Goals and growth
- Focus: Make the case for a second team lead in EMEA
- Focus: Share what the frontline sees about churn drivers
- _“What skill should I build this quarter to have more impact?”_

### 5. Feedback
- _“What should I do more of, and what less?”_

$ rapport prep sarah --write
╭──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────╮
│ 1:1 with Sarah Chen · 2026-01-15 (tomorrow)                                                                          │
│ 30 min, weekly · My-manager 1:1 · last met 2026-01-08                                                                │
│ Intention: leave with an agreed Q1 goal and the training budget decided                                              │
│ Last time (2026-01-08): Year planning, onboarding retrospective · intention: agree on my Q1 focus · outcome:         │
│ advisory board lead confirmed; Q1 number still open                                                                  │
╰──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────╯

New accomplishments since last time
  • 2026-01-12  Closed Customer X renewal - 2 years, $500K ARR
  • 2026-01-12  Update the renewal playbook with the new pricing tiers
  • 2026-01-13  Done: Draft the advisory board invite list

Open action items
  Sarah's
    [ ] Review promotion packet requirements
    [ ] Approve training budget

Talking points
  • Training budget: has finance approved it? (by me)
  • Q1 goal setting: what number should I own? (by Sarah)

From last time
  • Team & Process: New onboarding flow feedback - very positive

Focus areas to check in on
  • Leading customer advisory board initiative
  • Promotion track: targeting Senior CSM by Q3

Suggested agenda (My-manager 1:1)
  1. Share recent wins
       Share: Closed Customer X renewal - 2 years, $500K ARR
       Share: Update the renewal playbook with the new pricing tiers
       Done: Draft the advisory board invite list
  2. Follow up on commitments
       Follow up: Sarah to review promotion packet requirements
       Follow up: Sarah to approve training budget
  3. My topics and asks
       Training budget: has finance approved it? (me)
       Q1 goal setting: what number should I own? (Sarah)
       Follow up on Team & Process: New onboarding flow feedback - very positive
       “How am I doing against your expectations?”
  4. Goals and growth
       Focus: Leading customer advisory board initiative
       Focus: Promotion track: targeting Senior CSM by Q3
       “Who should I learn from, inside or outside the team?”
  5. Feedback
       “What should I do more of, and what less?”
! wrote the agenda to Career/1-on-1s/sarah-chen.md (## Next Meeting)
! Sarah sees through the shared link:
!   Next 1:1: Sarah Chen and Jordan Lee
!   Next meeting: Thursday 2026-01-15 at 10:45
!   Last met: 2026-01-08
!   Agenda
!     Agenda for 2026-01-15 · My-manager 1:1, 30 min
!     1. Share recent wins: Share: Closed Customer X renewal - 2 years, $500K ARR
!     2. Follow up on commitments: Follow up: Sarah to review promotion packet requirements; Follow up: Sarah to approve training budget
!     3. My topics and asks: the talking points below; “How am I doing against your expectations?”
!     4. Goals and growth: “Who should I learn from, inside or outside the team?”
!     5. Feedback: “What should I do more of, and what less?”
!     Intention: leave with an agreed Q1 goal and the training budget decided
!   Talking points
!     - Training budget: has finance approved it? (Jordan Lee)
!     - Q1 goal setting: what number should I own? (Sarah)
!   Your open actions
!     - Review promotion packet requirements
!     - Approve training budget

$ rapport prep sarah --write
╭──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────╮
│ 1:1 with Sarah Chen · 2026-01-15 (tomorrow)                                                                          │
│ 30 min, weekly · My-manager 1:1 · last met 2026-01-08                                                                │
│ Intention: leave with an agreed Q1 goal and the training budget decided                                              │
│ Last time (2026-01-08): Year planning, onboarding retrospective · intention: agree on my Q1 focus · outcome:         │
│ advisory board lead confirmed; Q1 number still open                                                                  │
╰──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────╯

New accomplishments since last time
  • 2026-01-12  Closed Customer X renewal - 2 years, $500K ARR
  • 2026-01-12  Update the renewal playbook with the new pricing tiers
  • 2026-01-13  Done: Draft the advisory board invite list

Open action items
  Sarah's
    [ ] Review promotion packet requirements
    [ ] Approve training budget

Talking points
  • Training budget: has finance approved it? (by me)
  • Q1 goal setting: what number should I own? (by Sarah)

From last time
  • Team & Process: New onboarding flow feedback - very positive

Focus areas to check in on
  • Leading customer advisory board initiative
  • Promotion track: targeting Senior CSM by Q3

Suggested agenda (My-manager 1:1)
  1. Share recent wins
       Share: Closed Customer X renewal - 2 years, $500K ARR
       Share: Update the renewal playbook with the new pricing tiers
       Done: Draft the advisory board invite list
  2. Follow up on commitments
       Follow up: Sarah to review promotion packet requirements
       Follow up: Sarah to approve training budget
  3. My topics and asks
       Training budget: has finance approved it? (me)
       Q1 goal setting: what number should I own? (Sarah)
       Follow up on Team & Process: New onboarding flow feedback - very positive
       “How am I doing against your expectations?”
  4. Goals and growth
       Focus: Leading customer advisory board initiative
       Focus: Promotion track: targeting Senior CSM by Q3
       “Who should I learn from, inside or outside the team?”
  5. Feedback
       “What should I do more of, and what less?”
! Career/1-on-1s/sarah-chen.md already holds this agenda
! Sarah sees through the shared link:
!   Next 1:1: Sarah Chen and Jordan Lee
!   Next meeting: Thursday 2026-01-15 at 10:45
!   Last met: 2026-01-08
!   Agenda
!     Agenda for 2026-01-15 · My-manager 1:1, 30 min
!     1. Share recent wins: Share: Closed Customer X renewal - 2 years, $500K ARR
!     2. Follow up on commitments: Follow up: Sarah to review promotion packet requirements; Follow up: Sarah to approve training budget
!     3. My topics and asks: the talking points below; “How am I doing against your expectations?”
!     4. Goals and growth: “Who should I learn from, inside or outside the team?”
!     5. Feedback: “What should I do more of, and what less?”
!     Intention: leave with an agreed Q1 goal and the training budget decided
!   Talking points
!     - Training budget: has finance approved it? (Jordan Lee)
!     - Q1 goal setting: what number should I own? (Sarah)
!   Your open actions
!     - Review promotion packet requirements
!     - Approve training budget

$ rapport topic list sarah
  • Training budget: has finance approved it? (by me, added 2026-01-09)
  • Q1 goal setting: what number should I own? (by Sarah, added 2026-01-12)

$ rapport prep "Nobody Here"
! error: no person 'Nobody Here' in Career/1-on-1s; 'rapport list' shows who is there
? 4

$ rapport prep sarah --date 2026-13-01
! error: '2026-13-01' is not a valid --date: there is no month 13; months are 1 to 12
? 2

$ rapport prep sarah --date 2046-01-15
! error: --date 2046-01-15 is more than 30 days after today (2026-01-14); check the year, or pass --force if it is meant
? 2

$ rapport prep sarah --framework gossip
! error: no framework 'gossip': add .rapport/templates/gossip.md or use one of support, introductory, lead-chat, my-manager, customer-check-in, performance
? 2

$ rapport prep sarah --format pdf
! error: --format is text, md or json, not 'pdf'; see 'rapport prep --help'
? 2

$ rapport prep noah --share threads
! error: --share says what --write publishes; add --write
? 2

$ rapport prep noah --write --share threads,secrets
! error: --share: 'secrets' is not a part of the agenda to publish; use wins, done, mine, threads, goals or none
? 2
