# Backups: the dialog in the top bar, the damaged-database banner, and the kinds of backup
# (shared with the command line).

backup-kind-daily = Daily
backup-kind-before-upgrade = Before an upgrade
backup-kind-before-restore = Before a restore
backup-kind-manual = Made by hand

backups-open = Backups
backups-heading = Backups of the database
backups-intro = Dragoman backs up its database before every upgrade and once a day while you work, and keeps a week of backups.
backups-folder = Folder: { $folder }
backups-none = No backups yet.
backups-count = { PLURAL($count) ->
    [one] one backup
   *[other] { $count } backups
}
backups-size = { $mb } MB
backups-create = Back up now
backups-created = Backed up.
backups-restore = Restore
backups-restore-title = Replace the database with this backup
backups-confirm-body = Restore the backup of { $when }? Everything done since then is replaced, but the database as it is now is kept as a backup first, so you can go back to it.
backups-confirm-yes = Restore this backup
backups-confirm-no = Cancel
backups-restored = Restored the backup of { $when }. The database as it was is kept as a backup.
backups-close = Close

damaged-banner = This database is damaged. Dragoman opened it read-only: you can read and export articles, but not change them. Restore a backup to go on working.
damaged-banner-action = Backups…
