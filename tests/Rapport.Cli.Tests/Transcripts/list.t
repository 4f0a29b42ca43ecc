# rapport list: a table, or JSON for scripts
@vault example
@today 2026-01-20

$ rapport list
  Person           Kind       Frequency   Last met     Open (mine/theirs)
───────────────────────────────────────────────────────────────────────────
  Dana Whitfield   skip       monthly     2026-01-09   2/1
  Marco Rossi      customer   monthly     2026-01-12   2/1
  Noah Patel       direct     weekly      2026-01-13   2/2
  Priya Raman      mentee     biweekly    2026-01-07   1/2
  Sarah Chen       manager    weekly      2026-01-08   0/2

$ rapport list --json
[
  {
    "person": "Dana Whitfield",
    "slug": "dana-whitfield",
    "path": "Career/1-on-1s/dana-whitfield.md",
    "role": "VP Customer Success",
    "kind": "skip",
    "frequency": "monthly",
    "duration": 30,
    "started": "2025-07-01",
    "lastMet": "2026-01-09",
    "openMine": 2,
    "openTheirs": 1
  },
  {
    "person": "Marco Rossi",
    "slug": "marco-rossi",
    "path": "Career/1-on-1s/marco-rossi.md",
    "role": "Director of Operations, Northwind Logistics",
    "kind": "customer",
    "frequency": "monthly",
    "duration": 30,
    "started": "2025-06-02",
    "lastMet": "2026-01-12",
    "openMine": 2,
    "openTheirs": 1
  },
  {
    "person": "Noah Patel",
    "slug": "noah-patel",
    "path": "Career/1-on-1s/noah-patel.md",
    "role": "Customer Success Manager",
    "kind": "direct",
    "frequency": "weekly",
    "duration": 30,
    "started": "2025-09-29",
    "lastMet": "2026-01-13",
    "openMine": 2,
    "openTheirs": 2
  },
  {
    "person": "Priya Raman",
    "slug": "priya-raman",
    "path": "Career/1-on-1s/priya-raman.md",
    "role": "Senior Implementation Consultant",
    "kind": "mentee",
    "frequency": "biweekly",
    "duration": 45,
    "started": "2025-08-20",
    "lastMet": "2026-01-07",
    "openMine": 1,
    "openTheirs": 2
  },
  {
    "person": "Sarah Chen",
    "slug": "sarah-chen",
    "path": "Career/1-on-1s/sarah-chen.md",
    "role": "Manager",
    "kind": "manager",
    "frequency": "weekly",
    "duration": 30,
    "started": "2025-01-15",
    "lastMet": "2026-01-08",
    "openMine": 0,
    "openTheirs": 2
  }
]
