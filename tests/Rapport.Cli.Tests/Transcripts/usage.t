# Usage errors exit 2 and point at help
@vault example
@today 2026-01-20

$ rapport list --bogus
! error: Unrecognized command or argument '--bogus'.
! see 'rapport list --help'
? 2

$ rapport nosuch
! error: Required command was not provided.
! error: Unrecognized command or argument 'nosuch'.
! see 'rapport --help'
? 2

$ rapport show
! error: Required argument missing for command: 'show'.
! see 'rapport show --help'
? 2
