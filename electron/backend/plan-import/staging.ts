// Files the user dropped on the Import screen, held in memory until they are imported or discarded:
// their bytes and the table as last read. A workbook that was slow to read stays in the reader
// worker that read it, so re-mapping a column reads the table again there without parsing it again.
import type { PlanDocument } from '../../../common/plan-document/schema.js';
import type { Layout } from '../spreadsheet-import/index.js';
import type { WorkerTableRead } from '../spreadsheet-import/reader-protocol.js';
import { MAX_STAGED_BYTES, MAX_STAGED_FILES } from '../../../common/limits.js';

export class StagingFullError extends Error {
  override readonly name = 'StagingFullError';

  constructor(readonly limit: number) {
    super(`the import list holds at most ${limit} files (and 2 GB): import or remove some first`);
  }
}

export interface StagedFile {
  id: string;
  fileName: string;
  bytes: Uint8Array;
  sha256: string;
  sheets: string[];
  /**
   * The table as last read (detect + normalise), the layout choice it was read with, and the
   * findings of the checks that need only the document, as the reader worker ran them.
   */
  lastRead: { key: string; layout: Layout; document: PlanDocument; documentFindings: WorkerTableRead['documentFindings'] };
}

/**
 * Files staged are never dropped to make room: a file the user sees in the list stays importable
 * until it is imported or removed. A file past the limit is refused before it is read (the Import
 * screen refuses a batch that would not fit before reading any of it).
 */
export class StagingArea {
  private readonly files = new Map<string, StagedFile>();

  private heldBytes = 0;

  constructor(private readonly limit: number = MAX_STAGED_FILES, private readonly byteLimit: number = MAX_STAGED_BYTES) {}

  /** Whether a file with this id (and size) could be staged now (one already staged is replaced, not added). */
  hasRoomFor(id: string, size = 0): boolean {
    if (this.files.has(id)) return true;
    return this.files.size < this.limit && this.heldBytes + size <= this.byteLimit;
  }

  get size(): number {
    return this.files.size;
  }

  put(file: StagedFile): void {
    if (!this.hasRoomFor(file.id, file.bytes.length)) throw new StagingFullError(this.limit);
    this.discard(file.id);
    this.files.set(file.id, file);
    this.heldBytes += file.bytes.length;
  }

  get(id: string): StagedFile | undefined {
    return this.files.get(id);
  }

  discard(id: string): void {
    const file = this.files.get(id);
    if (!file) return;
    this.files.delete(id);
    this.heldBytes -= file.bytes.length;
  }
}
