# A running document that reads with problems (here its front matter lost a closing quote, so it is
# not YAML and is read line by line, the role with its stray quote): the reading commands read what
# they can and say what is wrong, with file and line, as show and check do.
@vault fixture problems-vault
@today 2026-01-20

$ rapport list
  Person      Kind     Frequency   Last met     Open (mine/theirs)
────────────────────────────────────────────────────────────────────
  Ana Lima    peer     monthly     2026-01-09   0/0
  Sam Ortiz   direct   weekly      2026-01-16   0/1
! warning: Career/1-on-1s/sam-ortiz.md:3: malformed front matter: While scanning a multi-line double-quoted scalar, found wrong indentation.

$ rapport status
 Person      Kind     Cadence   Last met     Next due     Open      Overdue   Follow-through   Mood
                                                          me/them   me/them   me/them
──────────────────────────────────────────────────────────────────────────────────────────────────────
 Ana Lima    peer     monthly   2026-01-09   2026-02-09   0/0                 – / –
 Sam Ortiz   direct   weekly    2026-01-16   2026-01-23   0/1                 – / –

2 relationships · 0 1:1s overdue · 1 open actions (0 mine, 1 theirs), 0 overdue
follow-through over 90 days: me –, them –
! warning: Career/1-on-1s/sam-ortiz.md:3: malformed front matter: While scanning a multi-line double-quoted scalar, found wrong indentation.

$ rapport show sam
Sam Ortiz · "Staff Engineer · direct · weekly
Career/1-on-1s/sam-ortiz.md · last met 2026-01-16

Open actions
  Sam's
    [ ] send the migration plan (due 2026-01-23) pkxe

Meetings
  2026-01-16  Migration plan, on-call load
! warning: Career/1-on-1s/sam-ortiz.md:3: malformed front matter: While scanning a multi-line double-quoted scalar, found wrong indentation.

$ rapport check Career/1-on-1s/sam-ortiz.md
Career/1-on-1s/sam-ortiz.md:3: malformed front matter: While scanning a multi-line double-quoted scalar, found wrong indentation.
checked 1 file: 1 readable, 1 unchanged by a round trip, 1 problem
? 1

$ rapport actions
  Due          Person      #   Id     Whose   Action
───────────────────────────────────────────────────────────────────────
  2026-01-23   Sam Ortiz   1   pkxe   Sam     send the migration plan

1 open, 0 overdue · 'rapport done PERSON ID' ticks one (the id stays; numbers shift as actions are ticked)
! warning: Career/1-on-1s/sam-ortiz.md:3: malformed front matter: While scanning a multi-line double-quoted scalar, found wrong indentation.

$ rapport actions ana
No open actions with Ana Lima.

$ rapport prep sam
╭─────────────────────────────────────────────────────────────────────────────────────────────────╮
│ 1:1 with Sam Ortiz · 2026-01-23 (in 3 days)                                                     │
│ 30 min, weekly · Support meeting · last met 2026-01-16                                          │
│ Intention: none set: what should this 1:1 achieve? (add "- Intention: …" under ## Next Meeting) │
│ Last time (2026-01-16): Migration plan, on-call load                                            │
╰─────────────────────────────────────────────────────────────────────────────────────────────────╯

Open action items
  Sam's
    [ ] send the migration plan (due 2026-01-23)

Suggested agenda (Support meeting)
  1. Personal connection
       “How are you feeling after the last sprint?”
  2. Progress & wins
       Follow up: Sam to send the migration plan (due 2026-01-23)
  3. Challenges & roadblocks
       “How can I help remove the barriers you're facing?”
  4. Two-way feedback
       “What feedback do you have for me?”
  5. Development & growth
       “What learning would help you most right now?”
! warning: Career/1-on-1s/sam-ortiz.md:3: malformed front matter: While scanning a multi-line double-quoted scalar, found wrong indentation.
