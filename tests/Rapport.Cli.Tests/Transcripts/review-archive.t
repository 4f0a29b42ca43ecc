# Review packets and quarterly archives
@vault example
@today 2026-01-20

$ rapport review "Sarah Chen" --period 2025-Q4 --out -
# Performance review: Jordan Lee, 2025-Q4

Compiled by Rapport on 2026-01-20 from 1:1s with Sarah Chen, 2025-10-01 to 2025-12-31. Each line gives the date, file and line it comes from.

## Highlights

- Completed the Customer Success Leadership course (2025-10-30, Career/1-on-1s/sarah-chen.md:47)
- Closed Customer Y renewal - $300K ARR (2025-11-20, Career/1-on-1s/sarah-chen.md:46)
- Q4 NRR: 108% (exceeded goal) (2025-12-18, Career/1-on-1s/sarah-chen.md:45)

## Goals and results

- Q1 Goals & Projects: Focus on strategic accounts this quarter (2025-12-05, Career/1-on-1s/sarah-chen.md:25)
- Q1 Goals & Projects: Taking lead on customer advisory board (2025-12-18, Career/1-on-1s/sarah-chen.md:24)

## Feedback received

- Watch out (delegation): took every escalation yourself in October. Path: route tier-1 escalations to the pod leads (from Sarah Chen) (2025-11-13, Career/1-on-1s/sarah-chen.md:51)
- High five (customer strategy): the Q4 NRR story was the clearest in the team (from Sarah Chen) (2025-12-18, Career/1-on-1s/sarah-chen.md:50)

## Career development

- Career Development: Asked what Senior CSM looks like; Sarah to share the promotion packet (2025-11-13, Career/1-on-1s/sarah-chen.md:21)
- Career Development: Asked for a $2K/year training budget; Sarah to take it to finance for approval (2025-12-10, Career/1-on-1s/sarah-chen.md:20)

## Completed actions

- Draft Q1 account plan (2025-12-20, Career/1-on-1s/sarah-chen.md:36)

## 1:1s held: 4

- Sarah Chen: Promotion path (2025-11-13, Career/1-on-1s/sarah-chen.md:65)
- Sarah Chen: Renewal process ideas (2025-11-20, Career/1-on-1s/sarah-chen.md:64)
- Sarah Chen: Training budget, holiday coverage (2025-12-10, Career/1-on-1s/sarah-chen.md:63)
- Sarah Chen: Q4 review, Q1 planning (2025-12-18, Career/1-on-1s/sarah-chen.md:62)

$ rapport review sarah --period 2025-H2
wrote Career/reviews/sarah-chen-2025-H2.md: 5 highlights, 2 goal notes, 2 feedback, 2 completed actions, 7 1:1s

$ rapport review me --from 2025-10-01 --to 2025-12-31 --out -
# Performance review: Jordan Lee, 2025-10-01..2025-12-31

Compiled by Rapport on 2026-01-20 from all my 1:1s, 2025-10-01 to 2025-12-31. Each line gives the date, file and line it comes from.

## Highlights

- Completed the Customer Success Leadership course (2025-10-30, Career/1-on-1s/sarah-chen.md:47)
- Closed Customer Y renewal - $300K ARR (2025-11-20, Career/1-on-1s/sarah-chen.md:46)
- Q4 NRR: 108% (exceeded goal) (2025-12-18, Career/1-on-1s/sarah-chen.md:45)

## Goals and results

- Q1 Goals & Projects: Focus on strategic accounts this quarter (2025-12-05, Career/1-on-1s/sarah-chen.md:25)
- Q1 Goals & Projects: Taking lead on customer advisory board (2025-12-18, Career/1-on-1s/sarah-chen.md:24)

## Feedback received

- Watch out (delegation): took every escalation yourself in October. Path: route tier-1 escalations to the pod leads (from Sarah Chen) (2025-11-13, Career/1-on-1s/sarah-chen.md:51)
- High five (customer strategy): the Q4 NRR story was the clearest in the team (from Sarah Chen) (2025-12-18, Career/1-on-1s/sarah-chen.md:50)

## Feedback given

- Watch out (escalations): waited a week to raise the Lumen risk. Path: flag any red account in #cs-escalations the same day (to Noah Patel) (2025-11-24, Career/1-on-1s/noah-patel.md:60)

## Career development

- Career Development: Asked what Senior CSM looks like; Sarah to share the promotion packet (2025-11-13, Career/1-on-1s/sarah-chen.md:21)
- Career Development: Asked for a $2K/year training budget; Sarah to take it to finance for approval (2025-12-10, Career/1-on-1s/sarah-chen.md:20)

## Completed actions

- Get Noah read access to the billing dashboard (2025-12-02, Career/1-on-1s/noah-patel.md:39)
- Share the depot 3 training plan (2025-12-10, Career/1-on-1s/marco-rossi.md:35)
- Send the delegation reading list (2025-12-11, Career/1-on-1s/priya-raman.md:32)
- Draft Q1 account plan (2025-12-20, Career/1-on-1s/sarah-chen.md:36)

## 1:1s held: 18

- Noah Patel: Onboarding check-in (2025-10-06, Career/1-on-1s/noah-patel.md:79)
- Marco Rossi: Budget cycle, renewal timeline (2025-10-13, Career/1-on-1s/marco-rossi.md:49)
- Dana Whitfield: Q4 priorities (2025-11-07, Career/1-on-1s/dana-whitfield.md:43)
- Marco Rossi: Map view feedback, Q4 usage review (2025-11-10, Career/1-on-1s/marco-rossi.md:48)
- Noah Patel: Product feedback loop, first month review (2025-11-10, Career/1-on-1s/noah-patel.md:78)
- Priya Raman: Saying no to scope creep (2025-11-12, Career/1-on-1s/priya-raman.md:47)
- Sarah Chen: Promotion path (2025-11-13, Career/1-on-1s/sarah-chen.md:65)
- Sarah Chen: Renewal process ideas (2025-11-20, Career/1-on-1s/sarah-chen.md:64)
- Noah Patel: Lumen escalation, unsponsored accounts (2025-11-24, Career/1-on-1s/noah-patel.md:77)
- Priya Raman: Career map, team-lead expectations (2025-11-26, Career/1-on-1s/priya-raman.md:46)
- Noah Patel: Billing dashboard access, Lumen follow-up (2025-12-02, Career/1-on-1s/noah-patel.md:76)
- Dana Whitfield: Renewal blockers, legal review (2025-12-05, Career/1-on-1s/dana-whitfield.md:42)
- Marco Rossi: Training plan, hardware delays (2025-12-08, Career/1-on-1s/marco-rossi.md:47)
- Noah Patel: Health-score training progress (2025-12-09, Career/1-on-1s/noah-patel.md:75)
- Priya Raman: Delegation, abstract draft (2025-12-10, Career/1-on-1s/priya-raman.md:45)
- Sarah Chen: Training budget, holiday coverage (2025-12-10, Career/1-on-1s/sarah-chen.md:63)
- Noah Patel: QBR shadowing recap, holiday coverage (2025-12-16, Career/1-on-1s/noah-patel.md:74)
- Sarah Chen: Q4 review, Q1 planning (2025-12-18, Career/1-on-1s/sarah-chen.md:62)

$ rapport review sarah --period 2025-Q5
! error: '2025-Q5': a quarter is Q1 to Q4
? 2

$ rapport review sarah
! error: say which period: --period 2025-Q4 (or 2025-H2, 2025), or --from and --to
? 2

$ rapport review sarah --period 2025 --from 2025-01-01 --to 2025-02-01
! error: use --period or --from/--to, not both
? 2

$ rapport review sarah --period 2025-Q4 --out /nonexistent/dir/x.md
! error: cannot write /nonexistent/dir/x.md: folder /nonexistent/dir does not exist
? 7

$ rapport review sarah --period 2025-Q4 --out packets/sarah.md
! error: cannot write packets/sarah.md: folder packets does not exist
? 7

$ rapport archive sarah --dry-run
--- /dev/null
+++ b/Career/1-on-1s/archive/sarah-chen-2025-Q4.md
@@ -0,0 +1,40 @@
+---
+person: Sarah Chen
+archive-of: Career/1-on-1s/sarah-chen.md
+quarter: 2025-Q4
+---
+
+# 1:1 with Sarah Chen — 2025-Q4 archive
+
+## Ongoing Threads
+
+### Career Development
+- 2025-12-10: Asked for a $2K/year training budget; Sarah to take it to finance for approval
+- 2025-11-13: Asked what Senior CSM looks like; Sarah to share the promotion packet
+
+### Q1 Goals & Projects
+- 2025-12-18: Taking lead on customer advisory board
+- 2025-12-05: Focus on strategic accounts this quarter
+
+### Team & Process
+- 2025-11-20: Suggested improvements to renewal process
+
+## Action Items
+
+### My Actions
+- [x] Draft Q1 account plan (completed 2025-12-20)
+
+## Recent Accomplishments Shared
+- 2025-12-18: Q4 NRR: 108% (exceeded goal)
+- 2025-11-20: Closed Customer Y renewal - $300K ARR
+- 2025-10-30: Completed the Customer Success Leadership course
+
+## Feedback
+- 2025-12-18: High five (customer strategy): the Q4 NRR story was the clearest in the team
+- 2025-11-13: Watch out (delegation): took every escalation yourself in October. Path: route tier-1 escalations to the pod leads
+
+## Meeting History
+- 2025-12-18: Q4 review, Q1 planning
+- 2025-12-10: Training budget, holiday coverage
+- 2025-11-20: Renewal process ideas
+- 2025-11-13: Promotion path
--- a/Career/1-on-1s/sarah-chen.md
+++ b/Career/1-on-1s/sarah-chen.md
@@ -17,23 +17,17 @@
 ## Ongoing Threads

 ### Career Development
-- 2025-12-10: Asked for a $2K/year training budget; Sarah to take it to finance for approval
-- 2025-11-13: Asked what Senior CSM looks like; Sarah to share the promotion packet

 ### Q1 Goals & Projects
-- 2025-12-18: Taking lead on customer advisory board
-- 2025-12-05: Focus on strategic accounts this quarter

 ### Team & Process
 - 2026-01-08: New onboarding flow feedback - very positive
-- 2025-11-20: Suggested improvements to renewal process

 ## Action Items

 ### My Actions
 - [x] Draft the advisory board invite list (by 2026-01-14) (completed 2026-01-13)
 - [x] Implement new onboarding flow (completed 2026-01-08)
-- [x] Draft Q1 account plan (completed 2025-12-20)

 ### Sarah's Actions
 - [ ] Review promotion packet requirements
@@ -42,13 +36,8 @@
 ## Recent Accomplishments Shared
 - 2026-01-12: Closed Customer X renewal - 2 years, $500K ARR
 - 2026-01-08: New onboarding flow launched (20% time reduction)
-- 2025-12-18: Q4 NRR: 108% (exceeded goal)
-- 2025-11-20: Closed Customer Y renewal - $300K ARR
-- 2025-10-30: Completed the Customer Success Leadership course

 ## Feedback
-- 2025-12-18: High five (customer strategy): the Q4 NRR story was the clearest in the team
-- 2025-11-13: Watch out (delegation): took every escalation yourself in October. Path: route tier-1 escalations to the pod leads

 ## Next Meeting
 - Intention: leave with an agreed Q1 goal and the training budget decided
@@ -59,7 +48,3 @@
 - 2026-01-08: Year planning, onboarding retrospective
   - Intention: agree on my Q1 focus
   - Outcome: advisory board lead confirmed; Q1 number still open
-- 2025-12-18: Q4 review, Q1 planning
-- 2025-12-10: Training budget, holiday coverage
-- 2025-11-20: Renewal process ideas
-- 2025-11-13: Promotion path

$ rapport archive
Dana Whitfield: moved 4 entries to Career/1-on-1s/archive/dana-whitfield-2025-Q4.md (4)
Marco Rossi: moved 9 entries to Career/1-on-1s/archive/marco-rossi-2025-Q4.md (9)
Noah Patel: moved 17 entries to Career/1-on-1s/archive/noah-patel-2025-Q4.md (17)
Priya Raman: moved 9 entries to Career/1-on-1s/archive/priya-raman-2025-Q4.md (9)
Sarah Chen: moved 15 entries to Career/1-on-1s/archive/sarah-chen-2025-Q4.md (15)

$ rapport archive
nothing to archive (before 2026-01-01)

$ rapport archive --quarter 2026-Q1
! error: only entries before the current quarter (2026-Q1, from 2026-01-01) are archived
? 2

$ rapport archive --quarter 2025
! error: --quarter takes a quarter such as 2025-Q4, not '2025'
? 2

$ rapport status
 Person           Kind       Cadence    Last met     Next due       Open      Overdue   Follow-through   Mood
                                                                    me/them   me/them   me/them
────────────────────────────────────────────────────────────────────────────────────────────────────────────────
 Dana Whitfield   skip       monthly    2026-01-09   2026-02-09     2/1                 – / –
 Marco Rossi      customer   monthly    2026-01-12   2026-02-12     2/1                 – / –
 Noah Patel       direct     weekly     2026-01-13   2026-01-20     2/2       1/0       0% / –           4→4
 Priya Raman      mentee     biweekly   2026-01-07   2026-01-21     1/2       1/0       0% / –
 Sarah Chen       manager    weekly     2026-01-08   2026-01-15 !   0/2                 100% / –

overdue Sarah Chen: 5 days past its weekly cadence
5 relationships · 1 1:1s overdue · 15 open actions (7 mine, 8 theirs), 2 overdue
follow-through over 90 days: me 33% (1/3), them –

$ rapport check
checked 13 files: 13 readable, 13 unchanged by a round trip, 0 problems

$ rapport review "Sarah Chen" --period 2025-Q4 --out -
# Performance review: Jordan Lee, 2025-Q4

Compiled by Rapport on 2026-01-20 from 1:1s with Sarah Chen, 2025-10-01 to 2025-12-31. Each line gives the date, file and line it comes from.

## Highlights

- Completed the Customer Success Leadership course (2025-10-30, Career/1-on-1s/archive/sarah-chen-2025-Q4.md:30)
- Closed Customer Y renewal - $300K ARR (2025-11-20, Career/1-on-1s/archive/sarah-chen-2025-Q4.md:29)
- Q4 NRR: 108% (exceeded goal) (2025-12-18, Career/1-on-1s/archive/sarah-chen-2025-Q4.md:28)

## Goals and results

- Q1 Goals & Projects: Focus on strategic accounts this quarter (2025-12-05, Career/1-on-1s/archive/sarah-chen-2025-Q4.md:17)
- Q1 Goals & Projects: Taking lead on customer advisory board (2025-12-18, Career/1-on-1s/archive/sarah-chen-2025-Q4.md:16)

## Feedback received

- Watch out (delegation): took every escalation yourself in October. Path: route tier-1 escalations to the pod leads (from Sarah Chen) (2025-11-13, Career/1-on-1s/archive/sarah-chen-2025-Q4.md:34)
- High five (customer strategy): the Q4 NRR story was the clearest in the team (from Sarah Chen) (2025-12-18, Career/1-on-1s/archive/sarah-chen-2025-Q4.md:33)

## Career development

- Career Development: Asked what Senior CSM looks like; Sarah to share the promotion packet (2025-11-13, Career/1-on-1s/archive/sarah-chen-2025-Q4.md:13)
- Career Development: Asked for a $2K/year training budget; Sarah to take it to finance for approval (2025-12-10, Career/1-on-1s/archive/sarah-chen-2025-Q4.md:12)

## Completed actions

- Draft Q1 account plan (2025-12-20, Career/1-on-1s/archive/sarah-chen-2025-Q4.md:25)

## 1:1s held: 4

- Sarah Chen: Promotion path (2025-11-13, Career/1-on-1s/archive/sarah-chen-2025-Q4.md:40)
- Sarah Chen: Renewal process ideas (2025-11-20, Career/1-on-1s/archive/sarah-chen-2025-Q4.md:39)
- Sarah Chen: Training budget, holiday coverage (2025-12-10, Career/1-on-1s/archive/sarah-chen-2025-Q4.md:38)
- Sarah Chen: Q4 review, Q1 planning (2025-12-18, Career/1-on-1s/archive/sarah-chen-2025-Q4.md:37)
