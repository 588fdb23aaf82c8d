// Where the app keeps its data when no folder is given: the OS user-data folder Electron uses too.
import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER_NAME = 'APA Desk';

export function defaultUserDataDir(): string {
  if (process.platform === 'win32') {
    return path.join(process.env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), APP_FOLDER_NAME);
  }
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', APP_FOLDER_NAME);
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), APP_FOLDER_NAME);
}
