# Issue 17, the shapes left: a folder of one person's meeting notes read as one relationship (one
# note malformed, reported with its file and line), an owner/due table, planned steps under "Next
# steps", a meeting note dated ahead (the next meeting, not the last one met), and a per-meeting log
# whose headings have no year and whose last heading is still to come.
@vault fixture shapes-folder-vault
@today 2026-01-21

$ rapport list
$ rapport show maya --json
$ rapport prep maya
$ rapport actions maya
$ rapport done maya "runbook"
$ rapport topic add maya "Conference budget"
$ rapport show tomas --json --today 2026-03-20
$ rapport prep tomas --today 2026-03-20
$ rapport process tomas --date 2026-03-20 --today 2026-03-20
< - Agreed the release freeze dates
< - Action: Tomas to draft the freeze announcement
$ rapport show tomas --today 2026-03-20
$ rapport process maya --date 2026-01-21 --dry-run
< - Talked about the roadmap review
< - I will send the review invite
$ rapport check
