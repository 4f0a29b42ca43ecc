# A broken template is named with its line; no file changes
@vault fixture broken-template
@today 2026-01-14

$ rapport prep ben --format md
! error: .rapport/templates/support.md:12: template error: A closing element '/if' was found without a matching open element
? 5

$ rapport prep ben --framework bad-part
! error: .rapport/templates/bad-part.md:5: unknown part 'gossip'; use starter, wins, done, my-actions, their-actions, points, threads, feedback or goals
? 5

$ rapport prep ben --framework missing
! error: no framework 'missing': add .rapport/templates/missing.md or use one of support, introductory, lead-chat, my-manager, customer-check-in, performance
? 2
