# Usage errors exit 2 and point at help
@vault example
@today 2026-01-20

$ rapport list --bogus
! error: unknown option '--bogus' for 'rapport list'; see 'rapport list --help'
? 2

$ rapport nosuch
! error: unknown command 'nosuch'; see 'rapport --help'
? 2

$ rapport show
! error: 'rapport show' needs PERSON; see 'rapport show --help'
? 2

$ rapport stauts
! error: unknown command 'stauts'; did you mean status?; see 'rapport --help'
? 2

$ rapport list --jsn
! error: unknown option '--jsn' for 'rapport list'; did you mean --json?; see 'rapport list --help'
? 2

$ rapport search renewal --limit lots
! error: --limit takes a whole number, not 'lots'; see 'rapport search --help'
? 2

$ rapport prep noah --format pdf
! error: --format is text, md or json, not 'pdf'; see 'rapport prep --help'
? 2
