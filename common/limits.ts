// Limits of the API contract that the renderer works within too.

/** Files stored by one imports.commitMany call: the Import screen sends a batch in chunks of this size. */
export const MAX_COMMIT_MANY = 25;

/** The most start backups the user may choose to keep. */
export const MAX_BACKUP_KEEP = 365;
