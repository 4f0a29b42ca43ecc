# When no action matches, actions says what was asked for: after --overdue, "No open actions." read as if nothing were open
@vault example
@today 2026-01-14

$ rapport actions --overdue
No overdue actions.

$ rapport actions dana --theirs --overdue
No overdue actions of theirs with Dana Whitfield.
