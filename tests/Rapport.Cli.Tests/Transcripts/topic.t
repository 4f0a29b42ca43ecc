# rapport topic: the shared talking points in ## Next Meeting
@vault example
@today 2026-01-14

$ rapport topic list noah
  • Workload on Fridays, can we move the team sync? (by Noah, added 2026-01-14)

$ rapport topic add noah "Friday team sync: keep or drop?"
added to Career/1-on-1s/noah-patel.md (## Next Meeting): Friday team sync: keep or drop?

$ rapport topic add noah "Can I shadow a renewal negotiation?" --by them
added to Career/1-on-1s/noah-patel.md (## Next Meeting): Can I shadow a renewal negotiation?

$ rapport topic add noah "Friday team sync: keep or drop?"
! already on the agenda: Friday team sync: keep or drop?

$ rapport topic add noah "## Private Notes"
added to Career/1-on-1s/noah-patel.md (## Next Meeting): \## Private Notes

$ rapport topic add noah "- [x] 1. sneaky"
added to Career/1-on-1s/noah-patel.md (## Next Meeting): \- [x] 1. sneaky

$ rapport topic list noah
  • Workload on Fridays, can we move the team sync? (by Noah, added 2026-01-14)
  • Friday team sync: keep or drop? (by me, added 2026-01-14)
  • Can I shadow a renewal negotiation? (by Noah, added 2026-01-14)
  • ## Private Notes (by me, added 2026-01-14)
  • - [x] 1. sneaky (by me, added 2026-01-14)

$ rapport show noah
Noah Patel · Customer Success Manager · direct · weekly, 30 min · since 2025-09-29
Career/1-on-1s/noah-patel.md · last met 2026-01-13

Focus
  • Ramp on the mid-market book (42 accounts) by end of Q1
  • Build confidence running renewal calls solo
  • Learn the health-score model well enough to explain it to customers

Open actions
  Mine
    [ ] Review his QBR deck for Acme Freight (due 2026-01-16) zys8
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

$ rapport topic add priya "first point for Priya"
added to Career/1-on-1s/priya-raman.md (## Next Meeting): first point for Priya

$ rapport topic list priya
  • first point for Priya (by me, added 2026-01-14)

$ rapport topic add noah ""
! error: the talking point is empty
? 2

$ rapport topic add noah "x" --by boss
! error: --by is me or them, not 'boss'; see 'rapport topic add --help'
? 2

$ rapport check
checked 7 files: 7 readable, 7 unchanged by a round trip, 0 problems

$ rapport topic add noah "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
! error: a talking point is at most 500 characters
? 2

$ rapport topic add priya "## Q3 #hiring: *who* owns it?"
added to Career/1-on-1s/priya-raman.md (## Next Meeting): \## Q3 #hiring: *who* owns it?

$ rapport topic list priya
  • first point for Priya (by me, added 2026-01-14)
  • ## Q3 #hiring: *who* owns it? (by me, added 2026-01-14)
