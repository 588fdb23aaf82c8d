// A Word 97-2003 .doc (no well-kept JavaScript library reads its tables) is refused with a request for
// the .docx, in both languages; a .docx whose document part is missing or whose ZIP lies about its
// sizes is refused by the same guard as a workbook.
import { zipSync, strToU8, unzipSync } from 'fflate';
import { expect, test } from 'vitest';
import { parsePlanSource } from '../../../electron/backend/spreadsheet-import/index.js';
import { wordDocument } from '../../fixtures/writers/word-document.js';
import { seed002 } from '../../fixtures/seed-data/index.js';

const refusal = (bytes: Uint8Array, name: string) => parsePlanSource(bytes, name).then(() => null, (e: unknown) => e as { code: string; message: string; messageBn: string });

test('a Word 97-2003 file: save it as .docx', async () => {
  const doc = Buffer.alloc(2048);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(doc, 0);
  Buffer.from('WordDocument', 'utf16le').copy(doc, 600);
  const error = await refusal(doc, 'পরিকল্পনা.doc');
  expect(error).toMatchObject({ code: 'old-word-format' });
  expect(error!.message).toBe('পরিকল্পনা.doc: Word 97-2003 (.doc) files cannot be read; open it in Word, save it as a Word Document (.docx) and import that');
  expect(error!.messageBn).toMatch(/^পরিকল্পনা\.doc: পুরনো Word \(\.doc\) ফাইল পড়া যায় না; .*\.docx/u);
});

test('a damaged .doc (a compound file without a Word stream) is asked for as .docx too, not called password-protected', async () => {
  const doc = Buffer.alloc(2048);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(doc, 0);
  expect(await refusal(doc, 'পুরোনো.doc')).toMatchObject({ code: 'old-word-format' });
});

test('a .docx without its document part, or with damaged XML, is refused as damaged', async () => {
  const parts = unzipSync((await wordDocument(seed002)).bytes);
  const withoutBody = zipSync(Object.fromEntries(Object.entries(parts).filter(([name]) => name !== 'word/document.xml')));
  // Without word/document.xml it is no Word package: read as a workbook, and refused.
  expect(await refusal(withoutBody, 'x.docx')).toMatchObject({ code: expect.stringMatching(/corrupt|no-table/) });
  const damaged = zipSync({ ...parts, 'word/document.xml': strToU8('<w:document><w:body><w:p>') });
  expect(await refusal(damaged, 'x.docx')).toMatchObject({ code: 'corrupt', message: expect.stringContaining("x.docx: the document's XML is damaged") });
});

test('a .docx whose document part declares less than it inflates to is refused before inflating', async () => {
  const parts = unzipSync((await wordDocument(seed002)).bytes);
  const zip = zipSync({ ...parts, 'word/document.xml': [new Uint8Array(2 * 1024 * 1024), { level: 9 }] });
  // Make every entry's declared size in the central directory 1 byte.
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let p = 0; p + 46 < zip.length; p++) if (view.getUint32(p, true) === 0x02014b50) view.setUint32(p + 24, 1, true);
  expect(await refusal(zip, 'bomb.docx')).toMatchObject({ code: 'zip-bomb' });
});
