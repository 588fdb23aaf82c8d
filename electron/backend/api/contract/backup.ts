// Calls of the backup capability.
export const backupCalls = {} as const;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface BackupOutputs {}
