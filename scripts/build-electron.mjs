// Bundles the main process and the preload script into CommonJS files Electron loads.
// better-sqlite3 (native) and electron stay external, and so does @aws-sdk/client-s3: unzipper (under
// exceljs) names it only inside its S3 reader, which the app never calls.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: true, logLevel: 'warning' };
await build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.cjs', external: ['electron', 'better-sqlite3', 'playwright-core', '@aws-sdk/client-s3'] });
await build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs', external: ['electron'] });
// Untrusted spreadsheets are read in this worker thread (see spreadsheet-import/read-in-worker.ts).
await build({ ...common, entryPoints: ['electron/backend/spreadsheet-import/read-worker.ts'], outfile: 'dist/electron/read-worker.cjs' });
