// The backups folder: where backups go, what they are called, and which start backups to drop.
// A backup's reason and time live in its file name, so the folder itself is the list.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { BACKUP_NAME_PATTERN, BACKUP_REASONS, type BackupInfo, type BackupReason } from '../api/contract/backup.js';
import { backupDatabase, timestampedBackupPath } from '../database/backup.js';
import { renameDurably } from '../database/durable-files.js';

export const BACKUPS_FOLDER = 'backups';
/** The base name timestampedBackupPath derives backup names from (the live file is apa-desk.sqlite). */
const NAME_BASE = 'apa-desk.sqlite';

export function backupsDir(dataDir: string): string {
  return path.join(dataDir, BACKUPS_FOLDER);
}

export function parseBackupName(name: string): { reason: BackupReason; createdAt: string } | null {
  const match = BACKUP_NAME_PATTERN.exec(name);
  if (!match?.[1] || !match[2]) return null;
  const reason = match[2] as BackupReason;
  if (!BACKUP_REASONS.includes(reason)) return null;
  // 2026-11-25T17-40-00-000Z → 2026-11-25T17:40:00.000Z
  const [date, time] = match[1].split('T') as [string, string];
  const [h, m, s, ms] = time.replace('Z', '').split('-');
  return { reason, createdAt: `${date}T${h}:${m}:${s}.${ms}Z` };
}

/** Every backup in the folder, newest first. Partial files and anything else are ignored. */
export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupsDir(dataDir);
  if (!fs.existsSync(dir)) return [];
  const backups: BackupInfo[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const parsed = parseBackupName(entry.name);
    if (!parsed) continue;
    backups.push({ name: entry.name, ...parsed, byteSize: fs.statSync(path.join(dir, entry.name)).size });
  }
  return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

export function backupInfo(dataDir: string, name: string): BackupInfo | null {
  return listBackups(dataDir).find((b) => b.name === name) ?? null;
}

/** A name not yet taken: two backups in the same millisecond get consecutive stamps. */
function freshBackupPath(dataDir: string, reason: BackupReason, at: Date): string {
  let time = at.getTime();
  for (;;) {
    const candidate = timestampedBackupPath(path.join(backupsDir(dataDir), NAME_BASE), reason, new Date(time));
    if (!fs.existsSync(candidate)) return candidate;
    time += 1;
  }
}

/** A consistent copy of the live database (SQLite's online backup API), even while the app writes. */
export async function makeBackup(sqlite: Database.Database, dataDir: string, reason: BackupReason, at: Date = new Date()): Promise<BackupInfo> {
  const target = await backupDatabase(sqlite, freshBackupPath(dataDir, reason, at));
  const name = path.basename(target);
  return { name, ...parseBackupName(name)!, byteSize: fs.statSync(target).size };
}

/** Keeps the newest `keep` start backups and deletes the older ones; the other kinds stay until the user removes them. */
export function pruneStartBackups(dataDir: string, keep: number): string[] {
  const starts = listBackups(dataDir).filter((b) => b.reason === 'start');
  const removed = starts.slice(keep).map((b) => b.name);
  for (const name of removed) fs.rmSync(path.join(backupsDir(dataDir), name), { force: true });
  return removed;
}

/**
 * openDatabase writes its before-migration backup next to the database file; move such files into
 * the backups folder so every backup is in one place under one naming scheme.
 */
export function gatherStrayBackups(dataDir: string): Map<string, string> {
  const moved = new Map<string, string>();
  if (!fs.existsSync(dataDir)) return moved;
  for (const entry of fs.readdirSync(dataDir, { withFileTypes: true })) {
    if (!entry.isFile() || !parseBackupName(entry.name)) continue;
    const from = path.join(dataDir, entry.name);
    const to = path.join(backupsDir(dataDir), entry.name);
    fs.mkdirSync(backupsDir(dataDir), { recursive: true });
    renameDurably(from, to);
    moved.set(from, to);
  }
  return moved;
}

/** A private folder for files being checked or exported; removed by the caller, or at the next start. */
export function makeStagingDir(dataDir: string): string {
  fs.mkdirSync(backupsDir(dataDir), { recursive: true });
  return fs.mkdtempSync(path.join(backupsDir(dataDir), '.staging-'));
}

/** Staging folders and `.partial` backups a crash left behind: none of them is a finished backup. */
export function removeLeftovers(dataDir: string): string[] {
  const dir = backupsDir(dataDir);
  if (!fs.existsSync(dir)) return [];
  const removed: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const leftover = (entry.isDirectory() && entry.name.startsWith('.staging-')) || (entry.isFile() && entry.name.endsWith('.partial'));
    if (!leftover) continue;
    fs.rmSync(path.join(dir, entry.name), { recursive: true, force: true });
    removed.push(entry.name);
  }
  return removed;
}
