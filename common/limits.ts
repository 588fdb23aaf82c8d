// Limits of the API contract that the renderer works within too.

/** Files stored by one imports.commitMany call: the Import screen sends a batch in chunks of this size. */
export const MAX_COMMIT_MANY = 25;

/** The most start backups the user may choose to keep. */
export const MAX_BACKUP_KEEP = 365;

/**
 * Files the Import screen holds at once (read, not yet imported). A directorate's batch (1,000 files
 * and more) fits; the screen refuses a batch that would go past it before reading any file.
 */
export const MAX_STAGED_FILES = 5_000;

/** Bytes of the files the Import screen holds at once (their contents stay in memory until imported). */
export const MAX_STAGED_BYTES = 2_000_000_000;
