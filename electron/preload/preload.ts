// The only bridge between the sandboxed renderer and the main process: one function carrying the
// typed API calls. ipcRenderer itself is never exposed.
import { contextBridge, ipcRenderer } from 'electron';
import { API_CHANNEL } from './api-channel.js';

contextBridge.exposeInMainWorld('apaDesk', {
  call: (name: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(API_CHANNEL, String(name), input),
});
