// The only bridge between the sandboxed renderer and the main process: one function carrying the
// typed API calls. ipcRenderer itself is never exposed.
import { contextBridge, ipcRenderer } from 'electron';

export const API_CHANNEL = 'apa-desk:call';

contextBridge.exposeInMainWorld('apaDesk', {
  call: (name: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(API_CHANNEL, String(name), input),
});
