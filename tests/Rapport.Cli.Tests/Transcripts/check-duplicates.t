# rapport check: two documents for the same person
@vault fixture duplicates
@today 2026-01-20

$ rapport check .
sam.md:2: duplicate person 'Sam  Ortiz': sam-ortiz.md is already theirs
checked 2 files: 2 readable, 2 unchanged by a round trip, 1 problem
? 1
