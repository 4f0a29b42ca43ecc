# rapport process: the seed's brain dump applied to Sarah's running document
@vault example
@today 2026-01-15

$ rapport process "Sarah Chen" --date 2026-01-15 --dry-run
< - Sarah loved the renewal story
< - Q1 goal: increase NRR by 10%
< - She wants me to lead customer advisory board
< - Training budget approved - find courses by next week
< - Talked about promotion criteria
--- /dev/null
+++ b/Career/1-on-1s/notes/sarah-chen/2026-01-15.md
@@ -0,0 +1,5 @@
+- Sarah loved the renewal story
+- Q1 goal: increase NRR by 10%
+- She wants me to lead customer advisory board
+- Training budget approved - find courses by next week
+- Talked about promotion criteria
--- a/Career/1-on-1s/sarah-chen.md
+++ b/Career/1-on-1s/sarah-chen.md
@@ -17,6 +17,7 @@
 ## Ongoing Threads

 ### Career Development
+- 2026-01-15: Promotion criteria
 - 2025-12-10: Asked for a $2K/year training budget; Sarah to take it to finance for approval
 - 2025-11-13: Asked what Senior CSM looks like; Sarah to share the promotion packet

@@ -25,19 +26,22 @@
 - 2025-12-05: Focus on strategic accounts this quarter

 ### Team & Process
+- 2026-01-15: Sarah loved the renewal story
 - 2026-01-08: New onboarding flow feedback - very positive
 - 2025-11-20: Suggested improvements to renewal process

 ## Action Items

 ### My Actions
+- [ ] Lead customer advisory board
+- [ ] Find courses (by 2026-01-22)
 - [x] Draft the advisory board invite list (by 2026-01-14) (completed 2026-01-13)
 - [x] Implement new onboarding flow (completed 2026-01-08)
 - [x] Draft Q1 account plan (completed 2025-12-20)

 ### Sarah's Actions
 - [ ] Review promotion packet requirements
-- [ ] Approve training budget
+- [x] Approve training budget (completed 2026-01-15)

 ## Recent Accomplishments Shared
 - 2026-01-12: Closed Customer X renewal - 2 years, $500K ARR
@@ -46,16 +50,18 @@
 - 2025-11-20: Closed Customer Y renewal - $300K ARR
 - 2025-10-30: Completed the Customer Success Leadership course

+## Goals
+- [ ] Increase NRR by 10%
+
 ## Feedback
 - 2025-12-18: High five (customer strategy): the Q4 NRR story was the clearest in the team
 - 2025-11-13: Watch out (delegation): took every escalation yourself in October. Path: route tier-1 escalations to the pod leads

 ## Next Meeting
-- Intention: leave with an agreed Q1 goal and the training budget decided
-- Training budget: has finance approved it? (added by me, 2026-01-09)
-- Q1 goal setting: what number should I own? (added by Sarah, 2026-01-12)

 ## Meeting History
+- 2026-01-15: Sarah loved the renewal story, increase NRR by 10%, promotion criteria ([notes](notes/sarah-chen/2026-01-15.md))
+  - Intention: leave with an agreed Q1 goal and the training budget decided
 - 2026-01-08: Year planning, onboarding retrospective
   - Intention: agree on my Q1 focus
   - Outcome: advisory board lead confirmed; Q1 number still open
--- a/BACKLOG.md
+++ b/BACKLOG.md
@@ -4,3 +4,5 @@
 - [ ] [P3] Book the team offsite venue
 - [x] [P1] Draft the advisory board invite list (due: 2026-01-14) (done: 2026-01-13) — 1:1 Sarah Chen
 - [x] [P2] Draft Q1 account plan (due: 2025-12-19) (done: 2025-12-20) — 1:1 Sarah Chen
+- [ ] [P2] Lead customer advisory board — 1:1 Sarah Chen
+- [ ] [P1] Find courses (due: 2026-01-22) — 1:1 Sarah Chen

$ rapport process sarah
< - Sarah loved the renewal story
< - Q1 goal: increase NRR by 10%
< - She wants me to lead customer advisory board
< - Training budget approved - find courses by next week
< - Talked about promotion criteria
Processed notes from 2026-01-15 with Sarah Chen
  ✓ Done: Approve training budget (Sarah)
  + My action: [P2] Lead customer advisory board (unsure: a wish nobody accepted)
  + My action: [P1] Find courses (due 2026-01-22)
  + Focus area: Increase NRR by 10%
  + Thread "Team & Process": Sarah loved the renewal story
  + Thread "Career Development": Promotion criteria
  + Meeting history: Sarah loved the renewal story, increase NRR by 10%, promotion criteria
  ✓ Talking point covered: Training budget: has finance approved it?
  ✓ Talking point covered: Q1 goal setting: what number should I own?
Saved notes to Career/1-on-1s/notes/sarah-chen/2026-01-15.md
Updated Career/1-on-1s/sarah-chen.md
Updated BACKLOG.md

$ rapport process sarah
< - Sarah loved the renewal story
< - Q1 goal: increase NRR by 10%
< - She wants me to lead customer advisory board
< - Training budget approved - find courses by next week
< - Talked about promotion criteria
Nothing to change: these notes were processed before (Career/1-on-1s/notes/sarah-chen/2026-01-15.md); nothing changed.

$ rapport show sarah
Sarah Chen · Manager · manager · weekly, 30 min · since 2025-01-15
Career/1-on-1s/sarah-chen.md · last met 2026-01-15

Focus
  • Leading customer advisory board initiative
  • Promotion track: targeting Senior CSM by Q3

Open actions
  Mine
    [ ] Find courses (due 2026-01-22) r6eb
    [ ] Lead customer advisory board gafs
  Sarah's
    [ ] Review promotion packet requirements dav9

Goals
  1. Increase NRR by 10%

Threads
  Career Development — 2026-01-15: Promotion criteria
  Q1 Goals & Projects — 2025-12-18: Taking lead on customer advisory board
  Team & Process — 2026-01-15: Sarah loved the renewal story

Recent accomplishments
  2026-01-12  Closed Customer X renewal - 2 years, $500K ARR
  2026-01-08  New onboarding flow launched (20% time reduction)
  2025-12-18  Q4 NRR: 108% (exceeded goal)
  2025-11-20  Closed Customer Y renewal - $300K ARR
  2025-10-30  Completed the Customer Success Leadership course

Meetings (latest 5 of 6)
  2026-01-15  Sarah loved the renewal story, increase NRR by 10%, promotion criteria (notes)
  2026-01-08  Year planning, onboarding retrospective
  2025-12-18  Q4 review, Q1 planning
  2025-12-10  Training budget, holiday coverage
  2025-11-20  Renewal process ideas

$ rapport check
checked 8 files: 8 readable, 8 unchanged by a round trip, 0 problems

$ rapport process "Nobody Here"
< - Talked about the roadmap
! error: no person 'Nobody Here' in Career/1-on-1s; 'rapport list' shows who is there
? 4

$ rapport process sarah --date 2026-02-30
< - Talked about the roadmap
! error: '2026-02-30' is not a valid --date: February 2026 has 28 days
? 2

$ rapport process sarah --date tomorrow
< - Talked about the roadmap
Processed notes from 2026-01-16 with Sarah Chen
  + New thread "The roadmap": The roadmap
  + Meeting history: The roadmap
Saved notes to Career/1-on-1s/notes/sarah-chen/2026-01-16.md
Updated Career/1-on-1s/sarah-chen.md

$ rapport process sarah --date 12/01/2025
< - Talked about the roadmap
! error: '12/01/2025' is not a valid --date: it could be December 1 or January 12; write Dec 1 2025 or Jan 12 2025, or set dates: day-first (or month-first) in .rapport/config.yml
? 2

$ rapport process sarah
<
! error: the notes are empty; nothing to process
? 2

$ rapport process sarah --file missing.md
! error: missing.md: no such file
? 2

$ rapport process sarah --edit --file notes.md
! error: use either --edit or --file, not both
? 2

$ rapport process sarah --edit
! error: --edit needs an editor: set $VISUAL or $EDITOR (or pipe the notes in)
? 2

$ rapport process sarah
@terminal
! error: pipe the notes to standard input or pass --file FILE
? 2
