# rapport share and rapport serve: the owner password, and what they refuse before anything is opened
@vault example
@today 2026-01-14

$ rapport share nobody
! error: no person 'nobody' in Career/1-on-1s; 'rapport list' shows who is there
? 4

$ rapport share noah --base-url ftp://example.com
! error: --base-url 'ftp://example.com' is not an http(s) address such as http://127.0.0.1:5170
? 2

$ rapport share noah --revoke
Noah Patel had no shared link

$ rapport serve --host 0.0.0.0
! error: rapport serve listens on loopback (127.0.0.1 or ::1); listening on '0.0.0.0' needs --allow-remote and an owner password
? 2

$ rapport serve --host 0.0.0.0 --allow-remote
! error: --allow-remote needs an owner password: set one with 'rapport serve --set-password'
? 2

$ rapport serve --host example.com
! error: --host 'example.com' is not an IP address (127.0.0.1, ::1, or with --allow-remote 0.0.0.0)
? 2

$ rapport serve --set-password
< short
! error: the password is too short: use at least 10 characters
? 2

$ rapport serve --set-password
< correct horse battery
owner password set in .rapport/config.yml (only its hash is kept)
