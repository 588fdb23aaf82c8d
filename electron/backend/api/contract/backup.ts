// Calls of the backup capability: automatic and manual backups, restore (from the list or from a
// file), and the whole database as one file for moving to another PC.
import { z } from 'zod';
import { MAX_BACKUP_KEEP } from '../../../../common/limits.js';

export const BACKUP_REASONS = ['start', 'manual', 'before-restore', 'before-import', 'before-migration'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** How many start backups are kept unless the user chooses otherwise. */
export const DEFAULT_BACKUP_KEEP = 10;

/** A backup's file name as the list shows it: `apa-desk.backup-<UTC stamp>.<reason>.sqlite`. */
export const BACKUP_NAME_PATTERN = /^apa-desk\.backup-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)\.([a-z-]+)\.sqlite$/;

export interface BackupInfo {
  name: string;
  reason: BackupReason;
  /** ISO timestamp the backup was made at. */
  createdAt: string;
  byteSize: number;
}

export interface BackupList {
  backups: BackupInfo[];
  /** How many start backups are kept. */
  keep: number;
  /** The folder holding them. */
  folder: string;
}

export interface RestoreResult {
  /** The backup's name or the uploaded file's name. */
  restoredFrom: string;
  /** The live database as it was just before the restore. */
  safetyBackup: BackupInfo;
  /** Migrations applied to the restored content (it came from an older version). */
  migrated: string[];
}

export interface DatabaseExport {
  fileName: string;
  contentBase64: string;
  byteSize: number;
}

export const backupCalls = {
  'backups.list': { input: z.object({}).strict() },
  'backups.create': { input: z.object({}).strict() },
  'backups.setKeep': { input: z.object({ keep: z.number().int().min(1).max(MAX_BACKUP_KEEP) }).strict() },
  'backups.restore': { input: z.object({ name: z.string().regex(BACKUP_NAME_PATTERN, 'backup file name expected') }).strict() },
  /** Restore from a file the user chose (also how a database exported on another PC is imported). */
  'backups.restoreFile': {
    input: z
      .object({
        fileName: z.string().min(1).max(260),
        // Larger than other uploads: a whole database with its stored files. V8 caps strings near 512 MB.
        contentBase64: z.string().min(1).max(500_000_000),
      })
      .strict(),
  },
  'backups.export': { input: z.object({}).strict() },
} as const;

export interface BackupOutputs {
  'backups.list': BackupList;
  'backups.create': BackupInfo;
  'backups.setKeep': { keep: number; removed: string[] };
  'backups.restore': RestoreResult;
  'backups.restoreFile': RestoreResult;
  'backups.export': DatabaseExport;
}
