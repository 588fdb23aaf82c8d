/** The one IPC channel that carries the typed API calls (preload invokes it, main handles it). */
export const API_CHANNEL = 'apa-desk:call';
