# Dates: --today pins the day every command works from; a date more than 30 days ahead is refused the same way everywhere unless --force
@vault example
@today 2026-11-30

$ rapport prep sarah --today 2026-01-14 --format json
{
  "person": "Sarah Chen",
  "path": "Career/1-on-1s/sarah-chen.md",
  "kind": "manager",
  "date": "2026-01-15",
  "due": "2026-01-15",
  "framework": "my-manager",
  "frameworkName": "My-manager 1:1",
  "minutes": 30,
  "cadence": "weekly",
  "lastMet": "2026-01-08",
  "last": {
    "date": "2026-01-08",
    "summary": "Year planning, onboarding retrospective",
    "intention": "agree on my Q1 focus",
    "outcome": "advisory board lead confirmed; Q1 number still open"
  },
  "intention": "leave with an agreed Q1 goal and the training budget decided",
  "wins": [
    {
      "date": "2026-01-12",
      "text": "Closed Customer X renewal - 2 years, $500K ARR",
      "source": "accomplishments",
      "linked": true
    },
    {
      "date": "2026-01-12",
      "text": "Update the renewal playbook with the new pricing tiers",
      "source": "backlog",
      "linked": false
    }
  ],
  "done": [
    {
      "owner": "me",
      "text": "Draft the advisory board invite list",
      "completed": "2026-01-13"
    }
  ],
  "myActions": [],
  "theirActions": [
    {
      "text": "Review promotion packet requirements",
      "due": null,
      "overdueDays": null,
      "priority": null
    },
    {
      "text": "Approve training budget",
      "due": null,
      "overdueDays": null,
      "priority": null
    }
  ],
  "points": [
    {
      "text": "Training budget: has finance approved it?",
      "by": "me",
      "added": "2026-01-09",
      "carriedOver": 0
    },
    {
      "text": "Q1 goal setting: what number should I own?",
      "by": "Sarah",
      "added": "2026-01-12",
      "carriedOver": 0
    }
  ],
  "threads": [
    {
      "topic": "Team & Process",
      "latest": "New onboarding flow feedback - very positive"
    }
  ],
  "goals": [
    {
      "text": "Leading customer advisory board initiative",
      "due": null,
      "progress": null,
      "progressDate": null
    },
    {
      "text": "Promotion track: targeting Senior CSM by Q3",
      "due": null,
      "progress": null,
      "progressDate": null
    }
  ],
  "goalsAreFocusAreas": true,
  "feedback": [],
  "starter": null,
  "steps": [
    {
      "number": 1,
      "title": "Share recent wins",
      "items": [
        "Share: Closed Customer X renewal - 2 years, $500K ARR",
        "Share: Update the renewal playbook with the new pricing tiers",
        "Done: Draft the advisory board invite list"
      ],
      "question": null
    },
    {
      "number": 2,
      "title": "Follow up on commitments",
      "items": [
        "Follow up: Sarah to review promotion packet requirements",
        "Follow up: Sarah to approve training budget"
      ],
      "question": null
    },
    {
      "number": 3,
      "title": "My topics and asks",
      "items": [
        "Training budget: has finance approved it? (me)",
        "Q1 goal setting: what number should I own? (Sarah)",
        "Follow up on Team & Process: New onboarding flow feedback - very positive"
      ],
      "question": "How am I doing against your expectations?"
    },
    {
      "number": 4,
      "title": "Goals and growth",
      "items": [
        "Focus: Leading customer advisory board initiative",
        "Focus: Promotion track: targeting Senior CSM by Q3"
      ],
      "question": "Who should I learn from, inside or outside the team?"
    },
    {
      "number": 5,
      "title": "Feedback",
      "items": [],
      "question": "What should I do more of, and what less?"
    }
  ],
  "briefing": null
}

$ rapport process sarah --date 2062-10-28
< - Talked about the offsite
! error: --date 2062-10-28 is more than 30 days after today (2026-11-30); check the year, or pass --force if it is meant
? 2

$ rapport extract --person "Sarah Chen" --date 2062-10-28
< - I'll send the offsite agenda by Friday
My actions
  - [P1] send the offsite agenda (due 2062-11-03)

$ rapport prep sarah --date 2062-10-28
! error: --date 2062-10-28 is more than 30 days after today (2026-11-30); check the year, or pass --force if it is meant
? 2

$ rapport mood noah 4 --date 2062-10-28
! error: --date 2062-10-28 is more than 30 days after today (2026-11-30); check the year, or pass --force if it is meant
? 2

$ rapport done noah 1 --date 2062-10-28
! error: --date 2062-10-28 is more than 30 days after today (2026-11-30); check the year, or pass --force if it is meant
? 2

$ rapport win "Closed the renewal" --date 2062-10-28
! error: --date 2062-10-28 is more than 30 days after today (2026-11-30); check the year, or pass --force if it is meant
? 2

$ rapport process sarah --date 2026-02-20 --today 2026-01-20
< - Talked about the offsite
! error: --date 2026-02-20 is more than 30 days after today (2026-01-20); check the year, or pass --force if it is meant
? 2

$ rapport mood noah 4 --date 2027-01-20 --force
mood recorded · updated Career/1-on-1s/noah-patel.md

$ rapport status --today 2026-13-01
! error: '2026-13-01' is not a valid --today; use YYYY-MM-DD, for example 2026-01-15
? 2
