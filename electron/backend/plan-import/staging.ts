// Files the user dropped on the Import screen, held in memory until they are imported or discarded:
// their bytes and the table as last read. A workbook that was slow to read stays in the reader
// worker that read it, so re-mapping a column reads the table again there without parsing it again.
import type { PlanDocument } from '../../../common/plan-document/schema.js';
import type { Layout } from '../spreadsheet-import/index.js';
import type { WorkerTableRead } from '../spreadsheet-import/reader-protocol.js';

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

const MAX_STAGED = 200;

export class StagingArea {
  private readonly files = new Map<string, StagedFile>();

  put(file: StagedFile): void {
    this.files.delete(file.id);
    this.files.set(file.id, file);
    while (this.files.size > MAX_STAGED) this.files.delete(this.files.keys().next().value!);
  }

  get(id: string): StagedFile | undefined {
    return this.files.get(id);
  }

  discard(id: string): void {
    this.files.delete(id);
  }
}
