// `npm start`: builds and launches the desktop app, or says in one line why it cannot.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let electronBinary;
try {
  electronBinary = require('electron'); // the package resolves to the binary's path, or throws when it was never downloaded
} catch {
  electronBinary = null;
}
if (typeof electronBinary !== 'string') {
  console.error('Electron is not installed on this machine (its binary could not be downloaded); run `npm run web` to use APA Desk in a browser.');
  process.exit(1);
}
const built = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (built.status !== 0) process.exit(built.status ?? 1);
const run = spawnSync(electronBinary, ['.'], { stdio: 'inherit' });
process.exit(run.status ?? 0);
