# Tracking over time: status, actions, done, wins, feedback, goals, scores, mood
@vault example
@today 2026-01-20

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

$ rapport status --json
{
  "relationships": [
    {
      "person": "Dana Whitfield",
      "slug": "dana-whitfield",
      "kind": "skip",
      "cadence": "monthly",
      "lastMet": "2026-01-09",
      "nextDue": "2026-02-09",
      "overdue": false,
      "overdueReason": null,
      "openMine": 2,
      "openTheirs": 1,
      "overdueMine": 0,
      "overdueTheirs": 0,
      "followThroughMine": {
        "onTime": 0,
        "due": 0,
        "rate": null
      },
      "followThroughTheirs": {
        "onTime": 0,
        "due": 0,
        "rate": null
      },
      "moods": []
    },
    {
      "person": "Marco Rossi",
      "slug": "marco-rossi",
      "kind": "customer",
      "cadence": "monthly",
      "lastMet": "2026-01-12",
      "nextDue": "2026-02-12",
      "overdue": false,
      "overdueReason": null,
      "openMine": 2,
      "openTheirs": 1,
      "overdueMine": 0,
      "overdueTheirs": 0,
      "followThroughMine": {
        "onTime": 0,
        "due": 0,
        "rate": null
      },
      "followThroughTheirs": {
        "onTime": 0,
        "due": 0,
        "rate": null
      },
      "moods": []
    },
    {
      "person": "Noah Patel",
      "slug": "noah-patel",
      "kind": "direct",
      "cadence": "weekly",
      "lastMet": "2026-01-13",
      "nextDue": "2026-01-20",
      "overdue": false,
      "overdueReason": null,
      "openMine": 2,
      "openTheirs": 2,
      "overdueMine": 1,
      "overdueTheirs": 0,
      "followThroughMine": {
        "onTime": 0,
        "due": 2,
        "rate": 0
      },
      "followThroughTheirs": {
        "onTime": 1,
        "due": 1,
        "rate": 1
      },
      "moods": [
        2,
        3,
        4,
        4
      ]
    },
    {
      "person": "Priya Raman",
      "slug": "priya-raman",
      "kind": "mentee",
      "cadence": "biweekly",
      "lastMet": "2026-01-07",
      "nextDue": "2026-01-21",
      "overdue": false,
      "overdueReason": null,
      "openMine": 1,
      "openTheirs": 2,
      "overdueMine": 1,
      "overdueTheirs": 0,
      "followThroughMine": {
        "onTime": 0,
        "due": 1,
        "rate": 0
      },
      "followThroughTheirs": {
        "onTime": 0,
        "due": 0,
        "rate": null
      },
      "moods": []
    },
    {
      "person": "Sarah Chen",
      "slug": "sarah-chen",
      "kind": "manager",
      "cadence": "weekly",
      "lastMet": "2026-01-08",
      "nextDue": "2026-01-15",
      "overdue": true,
      "overdueReason": "5 days past its weekly cadence",
      "openMine": 0,
      "openTheirs": 2,
      "overdueMine": 0,
      "overdueTheirs": 0,
      "followThroughMine": {
        "onTime": 1,
        "due": 1,
        "rate": 1
      },
      "followThroughTheirs": {
        "onTime": 0,
        "due": 0,
        "rate": null
      },
      "moods": []
    }
  ],
  "overdueMeetings": 1,
  "openMine": 7,
  "openTheirs": 8,
  "overdueActions": 2,
  "followThroughMine": {
    "onTime": 1,
    "due": 4,
    "rate": 0.25
  },
  "followThroughTheirs": {
    "onTime": 1,
    "due": 1,
    "rate": 1
  }
}

$ rapport actions --overdue
  Due                    Person        #   Id     Whose   Action
─────────────────────────────────────────────────────────────────────────────────────────────────────────
  2026-01-14 (6d late)   Priya Raman   1   bw2t   me      Share my old conference slides as a reference
  2026-01-16 (4d late)   Noah Patel    2   zys8   me      Review his QBR deck for Acme Freight

15 open, 2 overdue · 'rapport done PERSON ID' ticks one (the id stays; numbers shift as actions are ticked)

$ rapport actions noah --theirs --json
[
  {
    "person": "Noah Patel",
    "slug": "noah-patel",
    "number": 3,
    "id": "v3jk",
    "owner": "them",
    "text": "Lead the Acme Freight QBR",
    "due": "2026-01-28",
    "priority": null,
    "overdueDays": null,
    "path": "Career/1-on-1s/noah-patel.md",
    "line": 42
  },
  {
    "person": "Noah Patel",
    "slug": "noah-patel",
    "number": 4,
    "id": "y84q",
    "owner": "them",
    "text": "Find exec sponsors for the 6 unsponsored accounts",
    "due": "2026-01-31",
    "priority": null,
    "overdueDays": null,
    "path": "Career/1-on-1s/noah-patel.md",
    "line": 43
  }
]

$ rapport actions sarah --mine --theirs
! error: use either --mine or --theirs, not both
? 2

$ rapport done noah "QBR"
! error: 'QBR' matches 2 open actions of Noah Patel: 2. [zys8] Review his QBR deck for Acme Freight (due 2026-01-16); 3. [v3jk] Lead the Acme Freight QBR (due 2026-01-28); give its id
? 2

$ rapport done noah 2
done: [zys8] Review his QBR deck for Acme Freight (2026-01-20) · updated Career/1-on-1s/noah-patel.md

$ rapport done noah "intro noah"
done: [mzat] Intro Noah to the solutions-consulting lead (2026-01-20) · updated Career/1-on-1s/noah-patel.md

$ rapport done noah "lunch"
! error: no open action of Noah Patel matches 'lunch'; 'rapport actions noah-patel' lists them
? 2

$ rapport done noah 9
! error: Noah Patel has no open action 9; 'rapport actions noah-patel' numbers them 1 to 2
? 2

$ rapport actions noah
  Due          Person       #   Id     Whose   Action
──────────────────────────────────────────────────────────────────────────────────────────────────
  2026-01-28   Noah Patel   1   v3jk   Noah    Lead the Acme Freight QBR
  2026-01-31   Noah Patel   2   y84q   Noah    Find exec sponsors for the 6 unsponsored accounts

2 open, 0 overdue · 'rapport done PERSON ID' ticks one (the id stays; numbers shift as actions are ticked)

$ rapport win "Closed the Customer Y renewal, $300K ARR" --person sarah --date 2026-01-16
logged in Career/wins.md: 2026-01-16: Closed the Customer Y renewal, $300K ARR

$ rapport win "Closed the Customer Y renewal, $300K ARR" --person sarah --date 2026-01-16
already in Career/wins.md

$ rapport win ""
! error: the win is empty
? 2

$ rapport feedback noah watch-out "Two customer emails waited three days"
! error: a Watch out needs a clear path for adjustment: add --path "how to adjust" (habits and systems that would help)
? 2

$ rapport feedback noah high-five "The Acme QBR deck told their story" --skill "presenting"
queued for the next 1:1 · updated Career/1-on-1s/noah-patel.md

$ rapport feedback noah praise "x"
! error: KIND is high-five or watch-out, not 'praise'; see 'rapport feedback --help'
? 2

$ rapport goal noah list
  1. short: lead a QBR without shadow support by 2026-01-31
     last progress 2026-01-13: Acme Freight QBR booked for Jan 28
  2. medium: own the full mid-market book by end of Q1

$ rapport goal noah progress 1 "QBR held, renewal signed" --date 2026-01-19
progress noted on goal 1 · updated Career/1-on-1s/noah-patel.md

$ rapport goal noah done 1 --date 2026-01-19
goal 1 done · updated Career/1-on-1s/noah-patel.md

$ rapport goal noah done 1
! error: goal 1 is already done
? 2

$ rapport goal noah add "Run a renewal negotiation solo" --horizon medium --due 2026-06-30
goal added · updated Career/1-on-1s/noah-patel.md

$ rapport goal noah add "No horizon"
! error: say its horizon: --horizon short, medium or long
? 2

$ rapport goal noah progress x "note"
! error: say which goal by its number, then the note: 'rapport goal PERSON list' numbers them
? 2

$ rapport goal noah list
  1. short: lead a QBR without shadow support done 2026-01-19
     last progress 2026-01-19: QBR held, renewal signed
  2. medium: own the full mid-market book by end of Q1
  3. medium: Run a renewal negotiation solo by 2026-06-30

$ rapport score noah "customer communication" 4 --note "calm renewal calls" --date 2026-01-13
score recorded · updated Career/1-on-1s/noah-patel.md

$ rapport score noah "customer communication" 7
! error: a score is 1 to 5, not 7
? 2

$ rapport mood noah 3 --date 2026-01-20 --note "tired after the QBR"
mood recorded · updated Career/1-on-1s/noah-patel.md

$ rapport mood noah 4 --date 2026-01-20
mood recorded · updated Career/1-on-1s/noah-patel.md

$ rapport mood noah 0
! error: a score is 1 to 5, not 0
? 2

$ rapport show noah
Noah Patel · Customer Success Manager · direct · weekly, 30 min · since 2025-09-29
Career/1-on-1s/noah-patel.md · last met 2026-01-13

Focus
  • Ramp on the mid-market book (42 accounts) by end of Q1
  • Build confidence running renewal calls solo
  • Learn the health-score model well enough to explain it to customers

Open actions
  Noah's
    [ ] Lead the Acme Freight QBR (due 2026-01-28) v3jk
    [ ] Find exec sponsors for the 6 unsponsored accounts (due 2026-01-31) y84q

Goals
  2. Medium: own the full mid-market book by end of Q1
  3. Medium: Run a renewal negotiation solo (by 2026-06-30)

Threads
  Onboarding & Ramp — 2026-01-13: Ran his first two renewal calls alone; both renewed on time
  Workload — 2026-01-13: Book feels manageable; Fridays are meeting-heavy
  Career Growth — 2026-01-06: Interested in the solutions-consulting path long term

Trends
  Mood      2 → 3 → 4 → 4 → 4  (last 2026-01-20)
  customer communication  4  (last 2026-01-13)

Recent accomplishments
  2026-01-13  Renewed Bluebird Health and Corvid Labs solo ($140K combined)
  2025-12-12  Completed health-score certification
  2025-11-24  Rescued the Lumen account from churn risk (health 38 to 71)

Meetings (latest 5 of 8)
  2026-01-13  Solo renewals debrief, Friday workload
  2026-01-06  Year goals, career paths
  2025-12-16  QBR shadowing recap, holiday coverage
  2025-12-09  Health-score training progress
  2025-12-02  Billing dashboard access, Lumen follow-up

$ rapport prep noah --format md
# 1:1 with Noah Patel · 2026-01-20

30 min, weekly · Support meeting · last met 2026-01-13

**Intention:** _set one: what should this 1:1 achieve?_

**Last time (2026-01-13):** Solo renewals debrief, Friday workload

## Agenda

### 1. Personal connection
- _“What's the best thing that happened since we last spoke?”_

### 2. Progress & wins
- Done: Intro Noah to the solutions-consulting lead
- Done: Review his QBR deck for Acme Freight
- Follow up: Noah to lead the Acme Freight QBR (due 2026-01-28)
- Follow up: Noah to find exec sponsors for the 6 unsponsored accounts (due 2026-01-31)
- _“Are your priorities clear, and do they match mine for you?”_

### 3. Challenges & roadblocks
- Workload on Fridays, can we move the team sync? (Noah)
- Follow up on Onboarding & Ramp: Ran his first two renewal calls alone; both renewed on time
- Follow up on Workload: Book feels manageable; Fridays are meeting-heavy
- _“Is anything blocked on another team or on a decision?”_

### 4. Two-way feedback
- High five (QBR prep): the Acme Freight deck told the customer's story, not ours
- Watch out (follow-ups): two customer emails waited three days for a reply; path: answer within a day, even if only to say when
- High five (presenting): The Acme QBR deck told their story
- _“What feedback do you have for me?”_

### 5. Development & growth
- Goal: Medium: own the full mid-market book by end of Q1
- Goal: Medium: Run a renewal negotiation solo (by 2026-06-30)

$ rapport actions noah
  Due          Person       #   Id     Whose   Action
──────────────────────────────────────────────────────────────────────────────────────────────────
  2026-01-28   Noah Patel   1   v3jk   Noah    Lead the Acme Freight QBR
  2026-01-31   Noah Patel   2   y84q   Noah    Find exec sponsors for the 6 unsponsored accounts

2 open, 0 overdue · 'rapport done PERSON ID' ticks one (the id stays; numbers shift as actions are ticked)

$ rapport done noah 1
done: [v3jk] Lead the Acme Freight QBR (2026-01-20) · updated Career/1-on-1s/noah-patel.md

$ rapport actions noah
  Due          Person       #   Id     Whose   Action
──────────────────────────────────────────────────────────────────────────────────────────────────
  2026-01-31   Noah Patel   1   y84q   Noah    Find exec sponsors for the 6 unsponsored accounts

1 open, 0 overdue · 'rapport done PERSON ID' ticks one (the id stays; numbers shift as actions are ticked)

$ rapport action add noah "Send Noah the renewal playbook" --due 2026-01-23 --priority P2
added [xxna] Send Noah the renewal playbook (due 2026-01-23) (mine) · updated Career/1-on-1s/noah-patel.md, BACKLOG.md

$ rapport action add noah "Share the churn analysis" --theirs
added [pue6] Share the churn analysis (Noah's) · updated Career/1-on-1s/noah-patel.md

$ rapport action add noah "  "
! error: the action is empty; say what is to be done
? 2

$ rapport action add noah "Send Noah the renewal playbook"
! already an open action in Career/1-on-1s/noah-patel.md: Send Noah the renewal playbook

$ rapport action add noah "Anything" --priority P7
! error: --priority 'P7' is not P1, P2 or P3
? 2

$ rapport actions noah --json
[
  {
    "person": "Noah Patel",
    "slug": "noah-patel",
    "number": 1,
    "id": "xxna",
    "owner": "me",
    "text": "Send Noah the renewal playbook",
    "due": "2026-01-23",
    "priority": "P2",
    "overdueDays": null,
    "path": "Career/1-on-1s/noah-patel.md",
    "line": 37
  },
  {
    "person": "Noah Patel",
    "slug": "noah-patel",
    "number": 2,
    "id": "y84q",
    "owner": "them",
    "text": "Find exec sponsors for the 6 unsponsored accounts",
    "due": "2026-01-31",
    "priority": null,
    "overdueDays": null,
    "path": "Career/1-on-1s/noah-patel.md",
    "line": 44
  },
  {
    "person": "Noah Patel",
    "slug": "noah-patel",
    "number": 3,
    "id": "pue6",
    "owner": "them",
    "text": "Share the churn analysis",
    "due": null,
    "priority": null,
    "overdueDays": null,
    "path": "Career/1-on-1s/noah-patel.md",
    "line": 45
  }
]

$ rapport done noah y84q
done: [y84q] Find exec sponsors for the 6 unsponsored accounts (2026-01-20) · updated Career/1-on-1s/noah-patel.md

$ rapport done noah y84q
! error: action y84q ('Find exec sponsors for the 6 unsponsored accounts') is already done in Noah Patel's document
? 2

$ rapport done noah zzzz
! error: no open action of Noah Patel has the id or the words 'zzzz' (done, changed or removed?); 'rapport actions noah-patel' lists them
? 2
