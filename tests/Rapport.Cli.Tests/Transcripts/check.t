# rapport check: problems as file:line, a summary line, exit 1 on any problem
@vault fixture bad
@today 2026-01-20

$ rapport check .
bad-date.md:9: invalid date '2026-13-45' in action item
bad-date.md:12: invalid date '2026-02-30'
bad-kind.md:3: unknown kind 'friend'; use manager, direct, skip, mentor, mentee, customer or peer
bad-kind.md:4: unknown frequency 'daily'; use weekly, biweekly or monthly
malformed-front-matter.md:3: malformed front matter: While scanning a multi-line double-quoted scalar, found wrong indentation.
not-utf8.md:4: not valid UTF-8 text (Rapport reads UTF-8 files only)
checked 5 files: 4 readable, 4 unchanged by a round trip, 6 problems
? 1

$ rapport check bad-date.md --json
{
  "files": [
    {
      "path": "bad-date.md",
      "readable": true,
      "roundTrip": true,
      "problems": [
        {
          "line": 9,
          "message": "invalid date '2026-13-45' in action item"
        },
        {
          "line": 12,
          "message": "invalid date '2026-02-30'"
        }
      ]
    }
  ]
}
? 1

$ rapport check missing.md
! error: no such file or folder: {vault}/missing.md
? 2
