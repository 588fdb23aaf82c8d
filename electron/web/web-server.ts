// The web transport: the same backend dispatcher behind HTTP on 127.0.0.1, guarded by a random
// per-run token and by the Origin a browser sends. It exists for development and browser tests; the
// packaged app never opens a port. Whole-database files move by streaming (POST /upload, GET
// /download/<token>), never as one string in a JSON body.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../backend/api/dispatch.js';
import { CONTENT_SECURITY_POLICY } from '../backend/app/content-security-policy.js';
import type { FileExchange } from '../backend/backup/file-exchange.js';

export const TOKEN_HEADER = 'x-apa-desk-token';
/** The upload's file name, URI-encoded (headers are Latin-1; names are often Bengali). */
export const FILE_NAME_HEADER = 'x-apa-desk-file-name';
export const MAX_BODY_BYTES = 48 * 1024 * 1024;
/** A whole database with every imported file: far larger than any JSON call. */
export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024 * 1024;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

export interface WebServer {
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

export interface WebServerOptions {
  dispatch: Dispatch;
  rendererDir: string;
  /** The backend's file exchange: uploads for restore, exports for download. */
  files?: FileExchange;
  port?: number;
  token?: string;
  log?: (error: unknown) => void;
}

/** A request refused with a status and a fixed text (never an exception's words). */
class Refusal extends Error {
  constructor(readonly status: number, readonly text: string) {
    super(text);
  }
}

function sameToken(given: string | string[] | undefined, token: string): boolean {
  const value = Array.isArray(given) ? given[0] : given;
  if (!value) return false;
  const a = Buffer.from(value);
  const b = Buffer.from(token);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, ...SECURITY_HEADERS, ...extra });
  res.end(body);
}

const json = (res: http.ServerResponse, status: number, value: unknown) => send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));

/** decodeURIComponent that refuses a bad % escape with 400 instead of throwing a URIError. */
function decodePath(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new Refusal(400, 'bad request');
  }
}

function refuseTooLarge(req: http.IncomingMessage, limit: number): void {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new Refusal(413, 'request too large');
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  refuseTooLarge(req, MAX_BODY_BYTES);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Refusal(413, 'request too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Copies the request body into `target`, stopping with 413 past the upload limit. */
async function receiveFile(req: http.IncomingMessage, target: string): Promise<void> {
  refuseTooLarge(req, MAX_UPLOAD_BYTES);
  let size = 0;
  await pipeline(
    req,
    async function* (source: AsyncIterable<Buffer>) {
      for await (const chunk of source) {
        size += chunk.length;
        if (size > MAX_UPLOAD_BYTES) throw new Refusal(413, 'request too large');
        yield chunk;
      }
    },
    fs.createWriteStream(target, { flags: 'wx' }),
  );
}

/** How much of a refused body is still read (and dropped) so the client gets to read the answer. */
const DRAIN_BYTES = 64 * 1024 * 1024;
const DRAIN_MS = 10_000;

/**
 * After answering a request whose body was not read to its end: reading on for a while (and
 * dropping it) lets the client, still sending, read the answer instead of meeting a reset.
 */
function drainThenClose(req: http.IncomingMessage): void {
  if (req.complete) return;
  let drained = 0;
  const stop = () => req.destroy();
  const timer = setTimeout(stop, DRAIN_MS);
  timer.unref();
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DRAIN_BYTES) stop();
  });
  req.on('end', () => clearTimeout(timer));
  req.on('close', () => clearTimeout(timer));
  req.resume();
}

function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? crypto.randomBytes(24).toString('hex');
  const rendererDir = path.resolve(options.rendererDir);
  const log = options.log ?? console.error;
  let port = 0;
  const ownOrigins = () => [`http://127.0.0.1:${port}`, `http://localhost:${port}`];

  /** Calls and uploads: the token, and no page of another origin (a browser always says where it is). */
  const guardCall = (req: http.IncomingMessage): void => {
    if (req.method !== 'POST') throw new Refusal(405, 'POST only');
    const origin = req.headers.origin;
    if (origin !== undefined && !ownOrigins().includes(origin)) throw new Refusal(403, 'foreign origin');
    if (req.headers['sec-fetch-site'] === 'cross-site') throw new Refusal(403, 'foreign origin');
    if (!sameToken(req.headers[TOKEN_HEADER], token)) throw new Refusal(401, 'bad token');
  };

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    // Only this machine's loopback names: a page elsewhere cannot rebind its DNS to us.
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) throw new Refusal(421, 'wrong host');
    const url = new URL(req.url ?? '/', `http://${host}`);

    if (url.pathname.startsWith('/api/')) {
      guardCall(req);
      const name = decodePath(url.pathname.slice('/api/'.length));
      let input: unknown;
      const body = await readBody(req);
      try {
        input = body ? JSON.parse(body) : {};
      } catch {
        return json(res, 400, { ok: false, error: { kind: 'validation', message: 'malformed JSON body', issues: [{ path: '(input)', code: 'invalid-json', message: 'malformed JSON body' }] } });
      }
      return json(res, 200, await options.dispatch(name, input));
    }

    if (url.pathname === '/upload' && options.files) {
      guardCall(req);
      const fileName = decodePath(String(req.headers[FILE_NAME_HEADER] ?? ''));
      if (!fileName) throw new Refusal(400, 'file name missing');
      const target = options.files.stagingFile('upload.sqlite');
      try {
        await receiveFile(req, target);
      } catch (error) {
        options.files.discard(target);
        throw error;
      }
      const held = options.files.hold(target, fileName, true);
      return json(res, 200, { ok: true, value: { token: held.token, fileName: held.fileName, byteSize: held.byteSize } });
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') throw new Refusal(405, 'method not allowed');

    const download = /^\/download\/([0-9a-f]{32})$/.exec(url.pathname);
    if (download && options.files) {
      // The token is the capability: random, single use, and only handed to the app's own page.
      const file = options.files.take(download[1]!);
      if (!file) throw new Refusal(404, 'not found');
      res.writeHead(200, {
        'content-type': 'application/vnd.sqlite3',
        'content-length': String(file.byteSize),
        'content-disposition': attachment(file.fileName),
        ...SECURITY_HEADERS,
      });
      try {
        if (req.method === 'GET') await pipeline(fs.createReadStream(file.path), res);
        else res.end();
      } finally {
        options.files.release(file);
      }
      return;
    }

    const relative = url.pathname === '/' ? 'index.html' : decodePath(url.pathname).replace(/^\/+/, '');
    const file = path.resolve(rendererDir, relative);
    if (!file.startsWith(rendererDir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) throw new Refusal(404, 'not found');
    return send(res, 200, MIME[path.extname(file)] ?? 'application/octet-stream', fs.readFileSync(file));
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const refusal = error instanceof Refusal ? error : null;
      if (!refusal) log(error); // the details stay in the log; the client learns only that it failed
      if (res.headersSent) return void res.destroy();
      // The connection closes once the answer is out; what is left of the body is dropped meanwhile.
      send(res, refusal?.status ?? 500, 'text/plain; charset=utf-8', refusal?.text ?? 'internal error', { connection: 'close' });
      drainThenClose(req);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
