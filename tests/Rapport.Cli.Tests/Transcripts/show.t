# rapport show: one relationship, by full name, first name, prefix or slug
@vault example
@today 2026-01-20

$ rapport show "Sarah Chen"
Sarah Chen · Manager · manager · weekly, 30 min · since 2025-01-15
Career/1-on-1s/sarah-chen.md · last met 2026-01-08

Focus
  • Leading customer advisory board initiative
  • Promotion track: targeting Senior CSM by Q3

Open actions
  Sarah's
    [ ] Review promotion packet requirements dav9
    [ ] Approve training budget bda7

Threads
  Career Development — 2025-12-10: Asked for a $2K/year training budget; Sarah to take it to finance for approval
  Q1 Goals & Projects — 2025-12-18: Taking lead on customer advisory board
  Team & Process — 2026-01-08: New onboarding flow feedback - very positive

Recent accomplishments
  2026-01-12  Closed Customer X renewal - 2 years, $500K ARR
  2026-01-08  New onboarding flow launched (20% time reduction)
  2025-12-18  Q4 NRR: 108% (exceeded goal)
  2025-11-20  Closed Customer Y renewal - $300K ARR
  2025-10-30  Completed the Customer Success Leadership course

Meetings
  2026-01-08  Year planning, onboarding retrospective
  2025-12-18  Q4 review, Q1 planning
  2025-12-10  Training budget, holiday coverage
  2025-11-20  Renewal process ideas
  2025-11-13  Promotion path

$ rapport show noah
Noah Patel · Customer Success Manager · direct · weekly, 30 min · since 2025-09-29
Career/1-on-1s/noah-patel.md · last met 2026-01-13

Focus
  • Ramp on the mid-market book (42 accounts) by end of Q1
  • Build confidence running renewal calls solo
  • Learn the health-score model well enough to explain it to customers

Open actions
  Mine
    [ ] Review his QBR deck for Acme Freight (due 2026-01-16) overdue 4d zys8
    [ ] Intro Noah to the solutions-consulting lead (due 2026-01-23) mzat
  Noah's
    [ ] Lead the Acme Freight QBR (due 2026-01-28) v3jk
    [ ] Find exec sponsors for the 6 unsponsored accounts (due 2026-01-31) y84q

Goals
  1. Short: lead a QBR without shadow support (by 2026-01-31) — last progress 2026-01-13: Acme Freight QBR booked for
Jan 28
  2. Medium: own the full mid-market book by end of Q1

Threads
  Onboarding & Ramp — 2026-01-13: Ran his first two renewal calls alone; both renewed on time
  Workload — 2026-01-13: Book feels manageable; Fridays are meeting-heavy
  Career Growth — 2026-01-06: Interested in the solutions-consulting path long term

Trends
  Mood      2 → 3 → 4 → 4  (last 2026-01-13)

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

$ rapport show pri --json
{
  "person": "Priya Raman",
  "slug": "priya-raman",
  "path": "Career/1-on-1s/priya-raman.md",
  "role": "Senior Implementation Consultant",
  "kind": "mentee",
  "frequency": "biweekly",
  "duration": 45,
  "started": "2025-08-20",
  "lastMet": "2026-01-07",
  "focusAreas": [
    "Preparing for a move into a team-lead role",
    "Public speaking: first conference talk in spring"
  ],
  "threads": [
    {
      "topic": "Leadership",
      "entries": [
        {
          "date": "2026-01-07",
          "text": "Ran her first retro for the implementation team; wants feedback on facilitation",
          "line": 20
        },
        {
          "date": "2025-12-10",
          "text": "Read \"The Manager's Path\" chapters 1-3; discussed delegation",
          "line": 21
        },
        {
          "date": "2025-11-12",
          "text": "Asked how to say no to scope creep without hurting the relationship",
          "line": 22
        }
      ]
    },
    {
      "topic": "Speaking",
      "entries": [
        {
          "date": "2026-01-07",
          "text": "Abstract for DataConf accepted",
          "line": 25
        },
        {
          "date": "2025-12-10",
          "text": "Drafted abstract on migration playbooks",
          "line": 26
        }
      ]
    }
  ],
  "actions": {
    "mine": [
      {
        "id": "bw2t",
        "owner": "me",
        "text": "Share my old conference slides as a reference",
        "done": false,
        "due": "2026-01-14",
        "completed": null,
        "priority": null,
        "overdue": true,
        "line": 31,
        "state": "open",
        "assignee": null,
        "parent": null,
        "meeting": null
      }
    ],
    "theirs": [
      {
        "id": "vxpu",
        "owner": "them",
        "text": "Dry run the DataConf talk with two colleagues",
        "done": false,
        "due": "2026-02-18",
        "completed": null,
        "priority": null,
        "overdue": false,
        "line": 35,
        "state": "open",
        "assignee": null,
        "parent": null,
        "meeting": null
      },
      {
        "id": "jq6k",
        "owner": "them",
        "text": "Write down three team-lead behaviours to practise",
        "done": false,
        "due": "2026-01-21",
        "completed": null,
        "priority": null,
        "overdue": false,
        "line": 36,
        "state": "open",
        "assignee": null,
        "parent": null,
        "meeting": null
      }
    ]
  },
  "completed": [
    {
      "id": "j88d",
      "owner": "me",
      "text": "Send the delegation reading list",
      "done": true,
      "due": null,
      "completed": "2025-12-11",
      "priority": null,
      "overdue": false,
      "line": 32,
      "state": "done",
      "assignee": null,
      "parent": null,
      "meeting": null
    },
    {
      "id": "mcxw",
      "owner": "them",
      "text": "Submit DataConf abstract",
      "done": true,
      "due": null,
      "completed": "2025-12-19",
      "priority": null,
      "overdue": false,
      "line": 37,
      "state": "done",
      "assignee": null,
      "parent": null,
      "meeting": null
    }
  ],
  "accomplishments": [
    {
      "date": "2026-01-07",
      "text": "DataConf talk accepted",
      "line": 40
    },
    {
      "date": "2025-12-19",
      "text": "Cut average implementation time from 31 to 24 days on her projects",
      "line": 41
    }
  ],
  "meetings": [
    {
      "date": "2026-01-07",
      "text": "Retro facilitation, DataConf acceptance",
      "line": 44
    },
    {
      "date": "2025-12-10",
      "text": "Delegation, abstract draft",
      "line": 45
    },
    {
      "date": "2025-11-26",
      "text": "Career map, team-lead expectations",
      "line": 46
    },
    {
      "date": "2025-11-12",
      "text": "Saying no to scope creep",
      "line": 47
    }
  ],
  "problems": []
}

$ rapport show zed
! error: no person 'zed' in Career/1-on-1s; 'rapport list' shows who is there
? 4

$ rapport show sarha
! error: no person 'sarha' in Career/1-on-1s; did you mean Sarah Chen (sarah-chen)? 'rapport list' shows who is there
? 4

$ rapport actions "Chen, Sarah"
  Due   Person       #   Id     Whose   Action
──────────────────────────────────────────────────────────────────────────────
        Sarah Chen   1   dav9   Sarah   Review promotion packet requirements
        Sarah Chen   2   bda7   Sarah   Approve training budget

2 open, 0 overdue · 'rapport done PERSON ID' ticks one (the id stays; numbers shift as actions are ticked)

$ rapport show ../../etc/passwd
! error: '../../etc/passwd' is not a person's name: names cannot contain '/', '\' or '..'
? 8
