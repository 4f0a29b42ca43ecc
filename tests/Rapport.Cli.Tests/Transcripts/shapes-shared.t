# Issue 17: meeting notes of several people in one flat folder (meetings/), each note naming its person in
# front matter (person: Sam Lee, person: "[[Sam Lee]]", person: [[Ana Ruiz]]): one relationship per person,
# read like a folder of one person's notes. Writes follow the notes: an action goes into the latest note
# (or the one dated ahead), done ticks the note that holds the task, process writes a new note named and
# marked with its person, and archive keeps the notes as they are.
@vault fixture shared-folder-vault
@today 2026-01-21

$ rapport list
  Person     Kind     Frequency   Last met     Open (mine/theirs)
───────────────────────────────────────────────────────────────────
  Sam Lee    -        -           2026-01-20   1/2
  Ana Ruiz   mentee   -           2026-01-13   1/1

$ rapport show sam --json
{
  "person": "Sam Lee",
  "slug": "sam-lee",
  "path": "Career/1-on-1s/meetings/2026-01-20 1-1.md",
  "role": "Product Manager",
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
        "id": "urdf",
        "owner": "me",
        "text": "Review the pricing experiment results",
        "done": false,
        "due": "2026-01-28",
        "completed": null,
        "priority": null,
        "overdue": false,
        "line": 12,
        "state": "open",
        "assignee": null,
        "parent": null,
        "meeting": "2026-01-20"
      }
    ],
    "theirs": [
      {
        "id": "z5wr",
        "owner": "them",
        "text": "set up the analytics access",
        "done": false,
        "due": null,
        "completed": null,
        "priority": null,
        "overdue": false,
        "line": 13,
        "state": "open",
        "assignee": "Sam",
        "parent": null,
        "meeting": "2026-01-06"
      },
      {
        "id": "rpp4",
        "owner": "them",
        "text": "write up the churn interviews",
        "done": false,
        "due": null,
        "completed": null,
        "priority": null,
        "overdue": false,
        "line": 13,
        "state": "open",
        "assignee": "sam",
        "parent": null,
        "meeting": "2026-01-20"
      }
    ]
  },
  "completed": [
    {
      "id": "a4sa",
      "owner": "me",
      "text": "Send Sam the onboarding checklist",
      "done": true,
      "due": null,
      "completed": null,
      "priority": null,
      "overdue": false,
      "line": 12,
      "state": "done",
      "assignee": null,
      "parent": null,
      "meeting": "2026-01-06"
    },
    {
      "id": "a4sa",
      "owner": "me",
      "text": "Send Sam the onboarding checklist",
      "done": true,
      "due": null,
      "completed": null,
      "priority": null,
      "overdue": false,
      "line": 11,
      "state": "done",
      "assignee": null,
      "parent": null,
      "meeting": "2026-01-20"
    }
  ],
  "accomplishments": [],
  "meetings": [
    {
      "date": "2026-01-06",
      "text": "1:1",
      "line": 6
    },
    {
      "date": "2026-01-20",
      "text": "1:1",
      "line": 5
    }
  ],
  "problems": []
}

$ rapport actions
  Due          Person     #   Id     Whose   Action
────────────────────────────────────────────────────────────────────────────────────
  2026-01-28   Sam Lee    2   urdf   me      Review the pricing experiment results
               Ana Ruiz   1   hh4g   Ana     read the staff engineer chapters
               Ana Ruiz   2   nk64   me      Introduce Ana to the platform lead
               Sam Lee    1   z5wr   Sam     set up the analytics access
               Sam Lee    3   rpp4   Sam     write up the churn interviews

5 open, 0 overdue · 'rapport done PERSON ID' ticks one (the id stays; numbers shift as actions are ticked)

$ rapport prep sam
╭─────────────────────────────────────────────────────────────────────────────────────────────────╮
│ 1:1 with Sam Lee · 2026-01-27 (in 6 days)                                                       │
│ 30 min, weekly · Support meeting · last met 2026-01-20                                          │
│ Intention: none set: what should this 1:1 achieve? (add "- Intention: …" under ## Next Meeting) │
│ Last time (2026-01-20): 1:1                                                                     │
╰─────────────────────────────────────────────────────────────────────────────────────────────────╯

Open action items
  Sam's
    [ ] set up the analytics access
    [ ] write up the churn interviews
  Mine
    [ ] Review the pricing experiment results (due 2026-01-28)

Suggested agenda (Support meeting)
  1. Personal connection
       “How are things going for you overall, Sam?”
  2. Progress & wins
       Follow up: Sam to set up the analytics access
       Follow up: Sam to write up the churn interviews
       Update on: Review the pricing experiment results (due 2026-01-28)
       “What are you most proud of since we last met?”
  3. Challenges & roadblocks
       “How can I help remove the barriers you're facing?”
  4. Two-way feedback
       “Was there a moment recently when I could have helped more?”

$ rapport prep ana
╭─────────────────────────────────────────────────────────────────────────────────────────────────╮
│ 1:1 with Ana Ruiz · 2026-01-27 (in 6 days)                                                      │
│ 30 min, weekly · Support meeting · last met 2026-01-13                                          │
│ Intention: none set: what should this 1:1 achieve? (add "- Intention: …" under ## Next Meeting) │
│ Last time (2026-01-13): Mentoring                                                               │
╰─────────────────────────────────────────────────────────────────────────────────────────────────╯

Open action items
  Ana's
    [ ] read the staff engineer chapters
  Mine
    [ ] Introduce Ana to the platform lead

Talking points
  • Conference talk proposal

Suggested agenda (Support meeting)
  1. Personal connection
       “Hey Ana, how's your week going? Would you like to start with the action points from last time, or with something
else today?”
  2. Progress & wins
       Follow up: Ana to read the staff engineer chapters
       Update on: Introduce Ana to the platform lead
       “What's one thing you finished that nobody noticed?”
  3. Challenges & roadblocks
       Conference talk proposal
       “What would you change about how the team works, if you could?”
  4. Two-way feedback
       “Was there a moment recently when I could have helped more?”

$ rapport done sam "analytics"
done: [z5wr] set up the analytics access (2026-01-21) · updated Career/1-on-1s/meetings/2026-01-06 1-1.md

$ rapport action add sam "Share the pricing deck"
added [awkf] Share the pricing deck (mine) · updated Career/1-on-1s/meetings/2026-01-20 1-1.md

$ rapport action add sam "write up the churn interviews" --theirs
! already an open action in Career/1-on-1s/meetings/2026-01-20 1-1.md: write up the churn interviews

$ rapport action add ana "Book the mentoring room"
added [hgc2] Book the mentoring room (mine) · updated Career/1-on-1s/meetings/2026-01-27 Ana.md

$ rapport actions sam
  Due          Person    #   Id     Whose   Action
───────────────────────────────────────────────────────────────────────────────────
  2026-01-28   Sam Lee   1   urdf   me      Review the pricing experiment results
               Sam Lee   2   rpp4   Sam     write up the churn interviews
               Sam Lee   3   awkf   me      Share the pricing deck

3 open, 0 overdue · 'rapport done PERSON ID' ticks one (the id stays; numbers shift as actions are ticked)

$ rapport process sam --date 2026-01-28 --dry-run
< - Sam will draft the Q2 pricing plan by Friday
--- /dev/null
+++ b/Career/1-on-1s/notes/sam-lee/2026-01-28.md
@@ -0,0 +1 @@
+- Sam will draft the Q2 pricing plan by Friday
--- /dev/null
+++ b/Career/1-on-1s/meetings/2026-01-28 Sam Lee.md
@@ -0,0 +1,11 @@
+---
+person: Sam Lee
+---
+
+## Action Items
+
+### Sam's Actions
+- [ ] Draft the Q2 pricing plan (by 2026-01-30)
+
+## Meeting History
+- 2026-01-28: Draft the Q2 pricing plan ([notes](../notes/sam-lee/2026-01-28.md))

$ rapport process sam --date 2026-01-28
< - Sam will draft the Q2 pricing plan by Friday
Processed notes from 2026-01-28 with Sam Lee
  + Sam's action: [P1] Draft the Q2 pricing plan (due 2026-01-30)
  + Meeting history: Draft the Q2 pricing plan
Saved notes to Career/1-on-1s/notes/sam-lee/2026-01-28.md
Saved notes to Career/1-on-1s/meetings/2026-01-28 Sam Lee.md

$ rapport show sam --today 2026-01-29
Sam Lee · Product Manager
Career/1-on-1s/meetings/2026-01-28 Sam Lee.md · last met 2026-01-28

Open actions
  Mine
    [ ] Review the pricing experiment results (due 2026-01-28) overdue 1d urdf
    [ ] Share the pricing deck awkf
  Sam's
    [ ] Draft the Q2 pricing plan (due 2026-01-30) bpgt
    [ ] write up the churn interviews rpp4

Meetings
  2026-01-28  Draft the Q2 pricing plan (notes)
  2026-01-20  1:1
  2026-01-06  1:1

$ rapport archive
Sam Lee: kept as it is (a folder of meeting notes is already one file per meeting)
Ana Ruiz: kept as it is (a folder of meeting notes is already one file per meeting)
nothing to archive (before 2026-01-01)

$ rapport check
checked 6 files: 6 readable, 6 unchanged by a round trip, 0 problems
