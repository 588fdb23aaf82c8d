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

/** A file the user chose (desktop: the main process's open dialog; browser: an upload), held for restore. */
export interface ChosenFile {
  /** What backups.restoreFile takes: the path itself never reaches the renderer. */
  token: string;
  fileName: string;
  byteSize: number;
}

/** Where an export went: saved where the user chose (desktop), ready to download (browser), or cancelled. */
export type DatabaseExport =
  | { kind: 'saved'; fileName: string; byteSize: number; path: string }
  | { kind: 'download'; fileName: string; byteSize: number; token: string }
  | { kind: 'cancelled' };

/** Held files and downloads are named by 128 random bits. */
export const FILE_TOKEN_PATTERN = /^[0-9a-f]{32}$/;

export const backupCalls = {
  'backups.list': { input: z.object({}).strict() },
  'backups.create': { input: z.object({}).strict() },
  'backups.setKeep': { input: z.object({ keep: z.number().int().min(1).max(MAX_BACKUP_KEEP) }).strict() },
  'backups.restore': { input: z.object({ name: z.string().regex(BACKUP_NAME_PATTERN, 'backup file name expected') }).strict() },
  /**
   * The desktop app's open dialog, shown by the main process; null when the user cancelled. (In the
   * browser the renderer uploads the file instead and gets the same ChosenFile back.)
   */
  'backups.chooseFile': { input: z.object({}).strict() },
  /** Restore from a chosen file (also how a database exported on another PC is imported). */
  'backups.restoreFile': { input: z.object({ token: z.string().regex(FILE_TOKEN_PATTERN, 'file token expected') }).strict() },
  /** The whole database as one file: the desktop app's save dialog, or a download in the browser. */
  'backups.export': { input: z.object({}).strict() },
} as const;

export interface BackupOutputs {
  'backups.list': BackupList;
  'backups.create': BackupInfo;
  'backups.setKeep': { keep: number; removed: string[] };
  'backups.restore': RestoreResult;
  'backups.chooseFile': { chosen: ChosenFile | null };
  'backups.restoreFile': RestoreResult;
  'backups.export': DatabaseExport;
}
