# Issue 17, the shapes left: a folder of one person's meeting notes read as one relationship (one
# note malformed, reported with its file and line), an owner/due table, planned steps under "Next
# steps", a meeting note dated ahead (the next meeting, not the last one met), and a per-meeting log
# whose headings have no year and whose last heading is still to come.
@vault fixture shapes-folder-vault
@today 2026-01-21

$ rapport list
  Person       Kind   Frequency   Last met     Open (mine/theirs)
───────────────────────────────────────────────────────────────────
  Maya Lind    -      -           2026-01-12   2/2
  Tomas Berg   -      -           2025-03-31   0/1
! warning: skipped Career/1-on-1s/maya-lind/2026-01-19.md:4: not valid UTF-8 text (Rapport reads UTF-8 files only)

$ rapport show maya --json
{
  "person": "Maya Lind",
  "slug": "maya-lind",
  "path": "Career/1-on-1s/maya-lind/next.md",
  "role": "Staff Engineer",
  "kind": null,
  "frequency": null,
  "duration": null,
  "started": null,
  "lastMet": "2026-01-12",
  "focusAreas": [],
  "threads": [],
  "actions": {
    "mine": [
      {
        "id": "c4xb",
        "owner": "me",
        "text": "Draft the platform roadmap outline",
        "done": false,
        "due": null,
        "completed": null,
        "priority": null,
        "overdue": false,
        "line": 13,
        "state": "open",
        "assignee": null,
        "parent": null,
        "meeting": "2026-01-05"
      },
      {
        "id": "a2pc",
        "owner": "me",
        "text": "Book the design review room",
        "done": false,
        "due": "2026-01-20",
        "completed": null,
        "priority": null,
        "overdue": true,
        "line": 9,
        "state": "open",
        "assignee": null,
        "parent": null,
        "meeting": "2026-01-12"
      }
    ],
    "theirs": [
      {
        "id": "ky87",
        "owner": "them",
        "text": "pick two on-call fixes to land this month",
        "done": false,
        "due": null,
        "completed": null,
        "priority": null,
        "overdue": false,
        "line": 14,
        "state": "open",
        "assignee": "Maya",
        "parent": null,
        "meeting": "2026-01-05"
      },
      {
        "id": "wqm6",
        "owner": "them",
        "text": "Write the on-call runbook",
        "done": false,
        "due": "2026-01-23",
        "completed": null,
        "priority": null,
        "overdue": false,
        "line": 8,
        "state": "in-progress",
        "assignee": "Maya",
        "parent": null,
        "meeting": "2026-01-12"
      }
    ]
  },
  "completed": [
    {
      "id": "adav",
      "owner": "me",
      "text": "Share the roadmap outline",
      "done": true,
      "due": "2026-01-16",
      "completed": null,
      "priority": null,
      "overdue": false,
      "line": 7,
      "state": "done",
      "assignee": null,
      "parent": null,
      "meeting": "2026-01-12"
    },
    {
      "id": "n9tr",
      "owner": "them",
      "text": "Retire the old dashboard",
      "done": true,
      "due": null,
      "completed": null,
      "priority": null,
      "overdue": false,
      "line": 10,
      "state": "cancelled",
      "assignee": "Maya",
      "parent": null,
      "meeting": "2026-01-12"
    },
    {
      "id": "jk5x",
      "owner": "them",
      "text": "Send the offsite survey",
      "done": true,
      "due": null,
      "completed": null,
      "priority": null,
      "overdue": false,
      "line": 11,
      "state": "done",
      "assignee": "Maya",
      "parent": null,
      "meeting": "2026-01-12"
    }
  ],
  "accomplishments": [],
  "meetings": [
    {
      "date": "2026-01-05",
      "text": "Weekly 1:1",
      "line": 6
    },
    {
      "date": "2026-01-12",
      "text": "Weekly 1:1",
      "line": 1
    },
    {
      "date": "2026-01-26",
      "text": "Weekly 1:1",
      "line": 5
    }
  ],
  "problems": [
    {
      "line": 4,
      "message": "Career/1-on-1s/maya-lind/2026-01-19.md: not valid UTF-8 text (Rapport reads UTF-8 files only)"
    }
  ]
}

$ rapport prep maya
╭─────────────────────────────────────────────────────────────────────────────────────────────────╮
│ 1:1 with Maya Lind · 2026-01-26 (in 5 days)                                                     │
│ 30 min, weekly · Support meeting · last met 2026-01-12                                          │
│ Intention: none set: what should this 1:1 achieve? (add "- Intention: …" under ## Next Meeting) │
│ Last time (2026-01-12): Weekly 1:1                                                              │
╰─────────────────────────────────────────────────────────────────────────────────────────────────╯

Open action items
  Maya's
    [ ] Write the on-call runbook (due 2026-01-23) overdue 3d
    [ ] pick two on-call fixes to land this month
  Mine
    [ ] Book the design review room (due 2026-01-20) overdue 6d
    [ ] Draft the platform roadmap outline

Talking points
  • Roadmap review

Suggested agenda (Support meeting)
  1. Personal connection
       “What's the best thing that happened since we last spoke?”
  2. Progress & wins
       Follow up: Maya to write the on-call runbook (due 2026-01-23, overdue 3d)
       Follow up: Maya to pick two on-call fixes to land this month
       Update on: Book the design review room (due 2026-01-20, overdue 6d)
       Update on: Draft the platform roadmap outline
       “Are your priorities clear, and do they match mine for you?”
  3. Challenges & roadblocks
       Roadmap review
       “Is anything blocked on another team or on a decision?”
  4. Two-way feedback
       “What could I do differently to better support you?”
! warning: Career/1-on-1s/maya-lind/2026-01-19.md:4: not valid UTF-8 text (Rapport reads UTF-8 files only)

$ rapport actions maya
  Due                    Person      #   Id     Whose   Action
───────────────────────────────────────────────────────────────────────────────────────────────────
  2026-01-20 (1d late)   Maya Lind   4   a2pc   me      Book the design review room
  2026-01-23             Maya Lind   3   wqm6   Maya    Write the on-call runbook
                         Maya Lind   1   c4xb   me      Draft the platform roadmap outline
                         Maya Lind   2   ky87   Maya    pick two on-call fixes to land this month

4 open, 1 overdue · 'rapport done PERSON ID' ticks one (the id stays; numbers shift as actions are ticked)
! warning: skipped Career/1-on-1s/maya-lind/2026-01-19.md:4: not valid UTF-8 text (Rapport reads UTF-8 files only)

$ rapport done maya "runbook"
done: [wqm6] Write the on-call runbook (2026-01-21) · updated Career/1-on-1s/maya-lind/2026-01-12.md

$ rapport topic add maya "Conference budget"
added to Career/1-on-1s/maya-lind/next.md (## Next Meeting): Conference budget

$ rapport show tomas --json --today 2026-03-20
{
  "person": "Tomas Berg",
  "slug": "tomas-berg",
  "path": "Career/1-on-1s/tomas-berg.md",
  "role": null,
  "kind": null,
  "frequency": null,
  "duration": null,
  "started": null,
  "lastMet": "2026-03-10",
  "focusAreas": [],
  "threads": [],
  "actions": {
    "mine": [],
    "theirs": [
      {
        "id": "askp",
        "owner": "them",
        "text": "Tomas to update the release checklist",
        "done": false,
        "due": null,
        "completed": null,
        "priority": null,
        "overdue": false,
        "line": 7,
        "state": "open",
        "assignee": "Tomas",
        "parent": null,
        "meeting": "2026-03-03"
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
      "meeting": "2026-03-03"
    },
    {
      "id": "qdk6",
      "owner": "me",
      "text": "Review the hiring rubric",
      "done": true,
      "due": null,
      "completed": "2026-03-12",
      "priority": null,
      "overdue": false,
      "line": 15,
      "state": "done",
      "assignee": null,
      "parent": null,
      "meeting": "2026-03-10"
    }
  ],
  "accomplishments": [],
  "meetings": [
    {
      "date": "2026-03-03",
      "text": "Mar 3",
      "line": 3
    },
    {
      "date": "2026-03-10",
      "text": "3/10",
      "line": 11
    },
    {
      "date": "2026-03-31",
      "text": "3/31",
      "line": 17
    }
  ],
  "problems": []
}

$ rapport prep tomas --today 2026-03-20
╭─────────────────────────────────────────────────────────────────────────────────────────────────╮
│ 1:1 with Tomas Berg · 2026-03-31 (in 11 days)                                                   │
│ 30 min, weekly · Support meeting · last met 2026-03-10                                          │
│ Intention: none set: what should this 1:1 achieve? (add "- Intention: …" under ## Next Meeting) │
│ Last time (2026-03-10)                                                                          │
╰─────────────────────────────────────────────────────────────────────────────────────────────────╯

New accomplishments since last time
  • 2026-03-12  Done: Review the hiring rubric

Open action items
  Tomas's
    [ ] Tomas to update the release checklist

Talking points
  • Quarterly goals

Suggested agenda (Support meeting)
  1. Personal connection
       “How are things going for you overall, Tomas?”
  2. Progress & wins
       Done: Review the hiring rubric
       Follow up: Tomas to update the release checklist
       “What are you most proud of since we last met?”
  3. Challenges & roadblocks
       Quarterly goals
       “What's slowing you down or creating friction?”
  4. Two-way feedback
       “What feedback do you have for me?”

$ rapport process tomas --date 2026-03-20 --today 2026-03-20
< - Agreed the release freeze dates
< - Action: Tomas to draft the freeze announcement
Processed notes from 2026-03-20 with Tomas Berg
  + Tomas's action: [P2] Draft the freeze announcement
  + New thread "Agreed the release freeze dates": Agreed the release freeze dates
  + Meeting history: Agreed the release freeze dates
Saved notes to Career/1-on-1s/notes/tomas-berg/2026-03-20.md
Updated Career/1-on-1s/tomas-berg.md

$ rapport show tomas --today 2026-03-20
Tomas Berg
Career/1-on-1s/tomas-berg.md · last met 2026-03-20

Open actions
  Tomas's
    [ ] Tomas to update the release checklist askp
    [ ] Draft the freeze announcement s7zc

Threads
  Agreed the release freeze dates — 2026-03-20: Agreed the release freeze dates

Meetings
  2026-03-31  (to come)
  2026-03-20
  2026-03-10
  2026-03-03

$ rapport process maya --date 2026-01-21 --dry-run
< - Talked about the roadmap review
< - I will send the review invite
--- /dev/null
+++ b/Career/1-on-1s/notes/maya-lind/2026-01-21.md
@@ -0,0 +1,2 @@
+- Talked about the roadmap review
+- I will send the review invite
--- /dev/null
+++ b/Career/1-on-1s/maya-lind/2026-01-21.md
@@ -0,0 +1,10 @@
+## Ongoing Threads
+
+### The roadmap review
+- 2026-01-21: The roadmap review
+## Action Items
+
+### My Actions
+- [ ] Send the review invite
+## Meeting History
+- 2026-01-21: The roadmap review ([notes](../notes/maya-lind/2026-01-21.md))

$ rapport check
Career/1-on-1s/maya-lind/2026-01-19.md:4: not valid UTF-8 text (Rapport reads UTF-8 files only)
checked 6 files: 5 readable, 5 unchanged by a round trip, 1 problem
? 1
