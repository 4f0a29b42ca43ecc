# rapport init: settings, relationships folder and archive; refuses to run twice
@vault none
@today 2026-01-20

$ rapport list
! error: no vault here: pass --vault DIR, set RAPPORT_VAULT, or run 'rapport init' in your notes folder
? 3

$ rapport init --owner "Jordan Lee" --cadence biweekly
created .rapport/config.yml
created .rapport/.gitignore
created .rapport/templates/support.md
created .rapport/templates/introductory.md
created .rapport/templates/lead-chat.md
created .rapport/templates/my-manager.md
created .rapport/templates/customer-check-in.md
created .rapport/templates/performance.md
created .rapport/questions.md
created Career/1-on-1s/
created Career/1-on-1s/archive/
vault ready at {vault}; add someone with: rapport add "Alex Kim" --kind direct

$ rapport init
! error: already a vault: {vault}/.rapport/config.yml exists
? 6

$ rapport list
no relationships in Career/1-on-1s yet; add one with: rapport add "Alex Kim" --kind direct

$ rapport status
no relationships in Career/1-on-1s yet; add one with: rapport add "Alex Kim" --kind direct

$ rapport add "Kim Park" --kind peer
created Career/1-on-1s/kim-park.md

$ rapport list --json
[
  {
    "person": "Kim Park",
    "slug": "kim-park",
    "path": "Career/1-on-1s/kim-park.md",
    "role": null,
    "kind": "peer",
    "frequency": "biweekly",
    "duration": 30,
    "started": "2026-01-20",
    "lastMet": null,
    "openMine": 0,
    "openTheirs": 0
  }
]

$ rapport init --vault sub --cadence hourly
! error: unknown cadence 'hourly'; use weekly, biweekly or monthly
? 2
