# The shapes people keep 1:1 notes in (issue 17): a per-meeting log, a newest-first log with bold
# labels, a Logseq page, setext headings and an unclosed code fence.
@vault fixture shapes-vault
@today 2026-01-21

$ rapport show priya --json
{
  "person": "Priya Raman",
  "slug": "priya-raman",
  "path": "Career/1-on-1s/priya-raman.md",
  "role": null,
  "kind": null,
  "frequency": null,
  "duration": null,
  "started": null,
  "lastMet": "2026-01-20",
  "focusAreas": [],
  "threads": [],
  "actions": {
    "mine": [
      {
        "id": "y9u8",
        "owner": "me",
        "text": "Review the proposal draft",
        "done": false,
        "due": null,
        "completed": null,
        "priority": null,
        "overdue": false,
        "line": 23,
        "state": "in-progress",
        "assignee": null,
        "parent": null,
        "meeting": "2026-01-13"
      },
      {
        "id": "j3y6",
        "owner": "me",
        "text": "Plan the migration",
        "done": false,
        "due": null,
        "completed": null,
        "priority": null,
        "overdue": false,
        "line": 25,
        "state": "open",
        "assignee": null,
        "parent": null,
        "meeting": "2026-01-13"
      },
      {
        "id": "rggz",
        "owner": "me",
        "text": "Inventory the old scripts",
        "done": false,
        "due": null,
        "completed": null,
        "priority": null,
        "overdue": false,
        "line": 26,
        "state": "open",
        "assignee": null,
        "parent": 25,
        "meeting": "2026-01-13"
      },
      {
        "id": "tcst",
        "owner": "me",
        "text": "Send the deck",
        "done": false,
        "due": null,
        "completed": null,
        "priority": null,
        "overdue": false,
        "line": 28,
        "state": "open",
        "assignee": null,
        "parent": null,
        "meeting": "2026-01-13"
      }
    ],
    "theirs": [
      {
        "id": "urym",
        "owner": "them",
        "text": "draft the release tooling proposal",
        "done": false,
        "due": "2026-01-16",
        "completed": null,
        "priority": null,
        "overdue": true,
        "line": 15,
        "state": "open",
        "assignee": "priya",
        "parent": null,
        "meeting": "2026-01-06"
      },
      {
        "id": "e6er",
        "owner": "them",
        "text": "pair with Tomas on the CI cache",
        "done": false,
        "due": null,
        "completed": null,
        "priority": null,
        "overdue": false,
        "line": 36,
        "state": "open",
        "assignee": "Priya",
        "parent": null,
        "meeting": "2026-01-20"
      },
      {
        "id": "agcb",
        "owner": "them",
        "text": "Write up the roadmap notes",
        "done": false,
        "due": null,
        "completed": null,
        "priority": null,
        "overdue": false,
        "line": 37,
        "state": "open",
        "assignee": "Priya",
        "parent": null,
        "meeting": "2026-01-20"
      },
      {
        "id": "s57h",
        "owner": "them",
        "text": "Ask finance about the budget [[Priya Raman]]",
        "done": false,
        "due": null,
        "completed": null,
        "priority": null,
        "overdue": false,
        "line": 38,
        "state": "open",
        "assignee": "Priya Raman",
        "parent": null,
        "meeting": "2026-01-20"
      }
    ]
  },
  "completed": [
    {
      "id": "ry4h",
      "owner": "me",
      "text": "Share the onboarding checklist",
      "done": true,
      "due": null,
      "completed": "2026-01-08",
      "priority": null,
      "overdue": false,
      "line": 14,
      "state": "done",
      "assignee": null,
      "parent": null,
      "meeting": "2026-01-06"
    },
    {
      "id": "gjav",
      "owner": "me",
      "text": "Book the offsite room",
      "done": true,
      "due": null,
      "completed": null,
      "priority": null,
      "overdue": false,
      "line": 24,
      "state": "cancelled",
      "assignee": null,
      "parent": null,
      "meeting": "2026-01-13"
    },
    {
      "id": "bwfe",
      "owner": "me",
      "text": "Ask ops for access",
      "done": true,
      "due": null,
      "completed": "2026-01-14",
      "priority": null,
      "overdue": false,
      "line": 27,
      "state": "done",
      "assignee": null,
      "parent": 25,
      "meeting": "2026-01-13"
    }
  ],
  "accomplishments": [],
  "meetings": [
    {
      "date": "2026-01-06",
      "text": "2026-01-06",
      "line": 5
    },
    {
      "date": "2026-01-13",
      "text": "Jan 13, 2026",
      "line": 17
    },
    {
      "date": "2026-01-20",
      "text": "2026-01-20 - Roadmap",
      "line": 30
    }
  ],
  "problems": []
}

$ rapport show marco --json
{
  "person": "Marco Bellini",
  "slug": "marco-bellini",
  "path": "Career/1-on-1s/marco-bellini.md",
  "role": null,
  "kind": null,
  "frequency": null,
  "duration": null,
  "started": null,
  "lastMet": "2023-11-14",
  "focusAreas": [],
  "threads": [],
  "actions": {
    "mine": [
      {
        "id": "nce5",
        "owner": "me",
        "text": "Update the team wiki",
        "done": false,
        "due": null,
        "completed": null,
        "priority": null,
        "overdue": false,
        "line": 13,
        "state": "open",
        "assignee": null,
        "parent": null,
        "meeting": "2023-11-14"
      },
      {
        "id": "bfaw",
        "owner": "me",
        "text": "Find a mentor for the new hire",
        "done": false,
        "due": null,
        "completed": null,
        "priority": null,
        "overdue": false,
        "line": 21,
        "state": "open",
        "assignee": null,
        "parent": null,
        "meeting": "2023-11-07"
      }
    ],
    "theirs": [
      {
        "id": "zaxd",
        "owner": "them",
        "text": "Marco to send the hiring plan",
        "done": false,
        "due": null,
        "completed": null,
        "priority": null,
        "overdue": false,
        "line": 12,
        "state": "open",
        "assignee": "Marco",
        "parent": null,
        "meeting": "2023-11-14"
      }
    ]
  },
  "completed": [
    {
      "id": "hjrf",
      "owner": "them",
      "text": "share the offer letter template",
      "done": true,
      "due": null,
      "completed": null,
      "priority": null,
      "overdue": false,
      "line": 20,
      "state": "done",
      "assignee": "Marco",
      "parent": null,
      "meeting": "2023-11-07"
    }
  ],
  "accomplishments": [],
  "meetings": [
    {
      "date": "2023-11-14",
      "text": "11/14/23",
      "line": 9
    },
    {
      "date": "2023-11-07",
      "text": "11/07/23",
      "line": 17
    },
    {
      "date": "2023-10-31",
      "text": "10/31/23",
      "line": 23
    }
  ],
  "problems": []
}

$ rapport show ravi --json
{
  "person": "Ravi",
  "slug": "ravi",
  "path": "Career/1-on-1s/ravi.md",
  "role": null,
  "kind": null,
  "frequency": null,
  "duration": null,
  "started": null,
  "lastMet": "2026-01-20",
  "focusAreas": [],
  "threads": [],
  "actions": {
    "mine": [
      {
        "id": "x46m",
        "owner": "me",
        "text": "Send Ravi the launch checklist",
        "done": false,
        "due": "2026-01-27",
        "completed": null,
        "priority": null,
        "overdue": false,
        "line": 6,
        "state": "open",
        "assignee": null,
        "parent": null,
        "meeting": null
      },
      {
        "id": "juup",
        "owner": "me",
        "text": "Draft the team charter",
        "done": false,
        "due": null,
        "completed": null,
        "priority": null,
        "overdue": false,
        "line": 12,
        "state": "in-progress",
        "assignee": null,
        "parent": null,
        "meeting": null
      }
    ],
    "theirs": [
      {
        "id": "ze6n",
        "owner": "them",
        "text": "update the runbook",
        "done": false,
        "due": "2026-02-02",
        "completed": null,
        "priority": null,
        "overdue": false,
        "line": 9,
        "state": "open",
        "assignee": "ravi",
        "parent": null,
        "meeting": null
      }
    ]
  },
  "completed": [
    {
      "id": "qdk6",
      "owner": "me",
      "text": "Review the hiring rubric",
      "done": true,
      "due": null,
      "completed": null,
      "priority": null,
      "overdue": false,
      "line": 8,
      "state": "done",
      "assignee": null,
      "parent": null,
      "meeting": null
    },
    {
      "id": "qmae",
      "owner": "me",
      "text": "Book a team lunch",
      "done": true,
      "due": null,
      "completed": null,
      "priority": null,
      "overdue": false,
      "line": 13,
      "state": "cancelled",
      "assignee": null,
      "parent": null,
      "meeting": null
    }
  ],
  "accomplishments": [],
  "meetings": [
    {
      "date": "2026-01-20",
      "text": "Jan 20th, 2026",
      "line": 4
    },
    {
      "date": "2026-01-13",
      "text": "Jan 13th, 2026",
      "line": 11
    }
  ],
  "problems": []
}

$ rapport show priya
Priya Raman
Career/1-on-1s/priya-raman.md · last met 2026-01-20

Open actions
  Mine
    [/] Review the proposal draft y9u8
    [ ] Plan the migration j3y6
      [ ] Inventory the old scripts rggz
    [ ] Send the deck tcst
  Priya's
    [ ] draft the release tooling proposal (due 2026-01-16) overdue 5d urym
    [ ] pair with Tomas on the CI cache e6er
    [ ] Write up the roadmap notes agcb
    [ ] Ask finance about the budget [[Priya Raman]] s57h

Meetings
  2026-01-20  Roadmap
  2026-01-13
  2026-01-06

$ rapport actions priya
  Due                    Person        #   Id     Whose   Action
────────────────────────────────────────────────────────────────────────────────────────────────────────
  2026-01-16 (5d late)   Priya Raman   1   urym   Priya   draft the release tooling proposal
                         Priya Raman   2   y9u8   me      Review the proposal draft
                         Priya Raman   3   j3y6   me      Plan the migration
                         Priya Raman   4   rggz   me      Inventory the old scripts
                         Priya Raman   5   tcst   me      Send the deck
                         Priya Raman   6   e6er   Priya   pair with Tomas on the CI cache
                         Priya Raman   7   agcb   Priya   Write up the roadmap notes
                         Priya Raman   8   s57h   Priya   Ask finance about the budget [[Priya Raman]]

8 open, 1 overdue · 'rapport done PERSON ID' ticks one (the id stays; numbers shift as actions are ticked)

$ rapport prep priya
╭─────────────────────────────────────────────────────────────────────────────────────────────────╮
│ 1:1 with Priya Raman · 2026-01-27 (in 6 days)                                                   │
│ 30 min, weekly · Support meeting · last met 2026-01-20                                          │
│ Intention: none set: what should this 1:1 achieve? (add "- Intention: …" under ## Next Meeting) │
│ Last time (2026-01-20): Roadmap                                                                 │
╰─────────────────────────────────────────────────────────────────────────────────────────────────╯

Open action items
  Priya's
    [ ] draft the release tooling proposal (due 2026-01-16) overdue 11d
    [ ] pair with Tomas on the CI cache
    [ ] Write up the roadmap notes
    [ ] Ask finance about the budget [[Priya Raman]]
  Mine
    [ ] Review the proposal draft
    [ ] Plan the migration
    [ ] Inventory the old scripts
    [ ] Send the deck

Suggested agenda (Support meeting)
  1. Personal connection
       “How are you feeling after the last sprint?”
  2. Progress & wins
       Follow up: Priya to draft the release tooling proposal (due 2026-01-16, overdue 11d)
       Follow up: Priya to pair with Tomas on the CI cache
       Follow up: Priya to write up the roadmap notes
       Follow up: Priya to ask finance about the budget [[Priya Raman]]
       Update on: Review the proposal draft
       Update on: Plan the migration
       Update on: Inventory the old scripts
       Update on: Send the deck
       “What's working well that we should do more of?”
  3. Challenges & roadblocks
       “Is anything blocked on another team or on a decision?”
  4. Two-way feedback
       “Was there a moment recently when I could have helped more?”

$ rapport done priya "Send the deck"
done: [tcst] Send the deck (2026-01-21) · updated Career/1-on-1s/priya-raman.md

$ rapport topic add priya "Hiring plan"
added to Career/1-on-1s/priya-raman.md (## Next Meeting): Hiring plan

$ rapport topic add lena "Budget"
added to Career/1-on-1s/lena-ortiz.md (## Next Meeting): Budget

$ rapport topic add ines "Offsite"
added to Career/1-on-1s/ines-duarte.md (## Next Meeting): Offsite

$ rapport topic list priya
  • Hiring plan (by me, added 2026-01-21)

$ rapport show lena
Lena Ortiz
Career/1-on-1s/lena-ortiz.md · no meetings recorded

Focus
  • Ship the reporting revamp

Open actions
  Mine
    [ ] Confirm the analytics budget (due 2026-01-30) dcbn
  Lena's
    [ ] review the dashboard mock-ups pf3t

$ rapport done ravi "launch checklist"
done: [x46m] Send Ravi the launch checklist (2026-01-21) · updated Career/1-on-1s/ravi.md

$ rapport check
Career/1-on-1s/ines-duarte.md:10: code fence is never closed; Rapport adds nothing inside it and writes before this line
checked 5 files: 5 readable, 5 unchanged by a round trip, 1 problem
? 1
