// `npm run web`: the app in a browser. Usage: serve.ts [--data-dir DIR] [--port N]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBackend } from '../backend/app/backend.js';
import { defaultUserDataDir } from '../backend/app/paths.js';
import { startWebServer } from './web-server.js';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const rendererDir = path.join(projectRoot, 'dist', 'renderer');
if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
  console.error('The renderer is not built: run `npm run web` (it builds first) or `npm run build:renderer`.');
  process.exit(1);
}

const dataDir = option('--data-dir') ?? process.env.APA_DESK_DATA_DIR ?? defaultUserDataDir();
const backend = await createBackend({ dataDir, migrationsDir: path.join(projectRoot, 'drizzle', 'migrations') });
const server = await startWebServer({ dispatch: backend.dispatch, files: backend.files, rendererDir, port: Number(option('--port') ?? 0) });
console.log(`APA Desk is running in your browser at ${server.url}`);
console.log(`Database: ${backend.database.path}`);
console.log(`READY ${server.url}`);

const stop = async () => {
  await server.close();
  backend.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
