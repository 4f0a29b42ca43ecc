# rapport index and rapport search over the example vault
@vault example
@today 2026-01-20

$ rapport search promotion
Sarah Chen · 2025-11-13 · history  Career/1-on-1s/sarah-chen.md:65
  Promotion path
Sarah Chen · action  Career/1-on-1s/sarah-chen.md:39
  Review promotion packet requirements
Sarah Chen · focus  Career/1-on-1s/sarah-chen.md:15
  Promotion track: targeting Senior CSM by Q3
Sarah Chen · 2025-11-13 · thread: Career Development  Career/1-on-1s/sarah-chen.md:21
  Asked what Senior CSM looks like; Sarah to share the promotion packet
4 results

$ rapport search '"training budget"' --in threads
Sarah Chen · 2025-12-10 · thread: Career Development  Career/1-on-1s/sarah-chen.md:20
  Asked for a $2K/year training budget; Sarah to take it to finance for approval
1 result

$ rapport search "renew*" --person sarah --since 2025-11-01 --until 2025-12-31 --json
[
  {
    "person": "Sarah Chen",
    "slug": "sarah-chen",
    "date": "2025-11-20",
    "kind": "history",
    "topic": null,
    "path": "Career/1-on-1s/sarah-chen.md",
    "line": 64,
    "snippet": "**Renewal** process ideas",
    "rank": -2.9297
  },
  {
    "person": "Sarah Chen",
    "slug": "sarah-chen",
    "date": "2025-11-20",
    "kind": "accomplishment",
    "topic": null,
    "path": "Career/1-on-1s/sarah-chen.md",
    "line": 46,
    "snippet": "Closed Customer Y **renewal** - $300K ARR",
    "rank": -2.3353
  },
  {
    "person": "Sarah Chen",
    "slug": "sarah-chen",
    "date": "2025-11-20",
    "kind": "thread",
    "topic": "Team & Process",
    "path": "Career/1-on-1s/sarah-chen.md",
    "line": 29,
    "snippet": "Suggested improvements to **renewal** process",
    "rank": -2.1873
  }
]

$ rapport search "Globex"
Sarah Chen · 2025-09-25 · history  Career/1-on-1s/archive/sarah-chen-2025-Q3.md:24
  Globex save, Q4 planning
Sarah Chen · 2025-09-25 · accomplishment  Career/1-on-1s/archive/sarah-chen-2025-Q3.md:20
  Saved the Globex account from churn (health 41 to 76)
2 results

$ rapport search "budget NOT training" --limit 1
Marco Rossi · 2025-10-13 · history  Career/1-on-1s/marco-rossi.md:49
  Budget cycle, renewal timeline
1 result

$ rapport search "AND OR" --raw
! error: malformed search 'AND OR': syntax error near "AND"; use words, "a phrase", prefix*, OR, NOT, or search without raw FTS5 syntax (--raw) to search the words as typed
? 2

$ rapport search "follow-up" --limit 2
Noah Patel · 2025-12-02 · history  Career/1-on-1s/noah-patel.md:76
  Billing dashboard access, Lumen follow-up
Noah Patel · 2026-01-13 · feedback  Career/1-on-1s/noah-patel.md:59
  High five (customer communication): clear, calm renewal calls; Corvid's champion praised the follow-up email
2 results

$ rapport search "1:1" --person noah
Noah Patel · heading  Career/1-on-1s/noah-patel.md:12
  1:1 with Noah Patel
1 result

$ rapport search '"QBR deck' --limit 1
Noah Patel · 2026-01-16 · action  Career/1-on-1s/noah-patel.md:38
  Review his QBR deck for Acme Freight
1 result

$ rapport search "*"
! error: '*' has no word to search for: type words (letters or digits), or use FTS5 syntax such as "a phrase", prefix* or OR
? 2

$ rapport search "renewal" --in minutes
! error: --in is all, actions, threads, notes or history, not 'minutes'; see 'rapport search --help'
? 2

$ rapport search ""
! error: the search is empty: type a word or two
? 2

$ rapport search promotion --person nobody
! error: no person 'nobody' in Career/1-on-1s; 'rapport list' shows who is there
? 4

$ rapport search promotion --limit 0
! error: --limit is 1 to 1000
? 2
