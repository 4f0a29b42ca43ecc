# What people type: when no action matches, actions says what was asked for (after --overdue, "No open actions." read as if nothing were open); @name is a name
@vault example
@today 2026-01-14

$ rapport actions --overdue
No overdue actions.

$ rapport actions dana --theirs --overdue
No overdue actions of theirs with Dana Whitfield.

$ rapport actions @dana --theirs --overdue
No overdue actions of theirs with Dana Whitfield.

$ rapport search @sarah --limit 2
Sarah Chen · heading: Action Items  Career/1-on-1s/sarah-chen.md:38
  Sarah's Actions
Sarah Chen · heading  Career/1-on-1s/sarah-chen.md:11
  1:1 with Sarah Chen
2 results
