// The web transport as a browser, another page or a careless client would meet it: the token and the
// Origin guard every call, an oversized body gets 413, a bad escape 400, a failure 500 without its
// words; a whole database goes up and comes down as a stream.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FILE_NAME_HEADER, MAX_BODY_BYTES, startWebServer, TOKEN_HEADER, type WebServer } from '../../electron/web/web-server.js';
import { freshBackend, ownOffice } from '../support/backend.js';
import { tempDir } from '../support/paths.js';
import { dumpConnection } from '../backend/backup/backup-test-support.js';

let backend: Awaited<ReturnType<typeof freshBackend>>;
let server: WebServer;
let origin: string;
const logged: unknown[] = [];

beforeAll(async () => {
  backend = await freshBackend();
  const rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!DOCTYPE html><p>app</p>');
  const dispatch: typeof backend.dispatch = async (name, input) => {
    if (name === 'test.explode') throw new Error('secret detail: /home/officer/apa-desk.sqlite');
    return backend.dispatch(name, input);
  };
  server = await startWebServer({ dispatch, files: backend.files, rendererDir, log: (e) => logged.push(e) });
  origin = `http://127.0.0.1:${server.port}`;
});
afterAll(async () => {
  await server?.close();
  backend?.close();
});

/** A raw HTTP request (fetch would set its own Origin and length rules), answered with status and text. */
function request(options: { method?: string; path: string; headers?: Record<string, string>; body?: Buffer | string; chunks?: number; chunkSize?: number }): Promise<{ status: number; text: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, method: options.method ?? 'POST', path: options.path, headers: options.headers ?? {} }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, text: Buffer.concat(parts).toString('utf8'), headers: res.headers }));
    });
    req.on('error', reject);
    if (options.chunks) {
      // A body sent in pieces with no length announced: the server must count as it reads.
      const chunk = Buffer.alloc(options.chunkSize ?? 1024 * 1024, 0x20);
      let sent = 0;
      const more = () => {
        while (sent < options.chunks!) {
          sent++;
          if (!req.write(chunk)) return void req.once('drain', more);
        }
        req.end();
      };
      req.on('error', () => undefined);
      more();
    } else {
      req.end(options.body);
    }
  });
}

const call = (name: string, headers: Record<string, string>, body = '{}') => request({ path: `/api/${name}`, headers: { 'content-type': 'application/json', ...headers }, body });

describe('calls', () => {
  test('with the token and no Origin (a tool on this PC), or the page\'s own Origin, are answered', async () => {
    const plain = await call('setup.status', { [TOKEN_HEADER]: server.token });
    expect(plain.status).toBe(200);
    expect(JSON.parse(plain.text).ok).toBe(true);
    for (const own of [origin, `http://localhost:${server.port}`]) {
      expect((await call('setup.status', { [TOKEN_HEADER]: server.token, origin: own })).status).toBe(200);
    }
  });

  test('from a page of another origin are refused, token or not', async () => {
    for (const foreign of ['http://evil.example', 'null', `http://127.0.0.1:${server.port + 1}`, `https://127.0.0.1:${server.port}`]) {
      const refused = await call('setup.status', { [TOKEN_HEADER]: server.token, origin: foreign });
      expect(refused.status).toBe(403);
      expect(refused.text).toBe('foreign origin');
    }
    expect((await call('setup.status', { [TOKEN_HEADER]: server.token, 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await call('setup.status', {})).status).toBe(401);
    expect((await call('setup.status', { [TOKEN_HEADER]: 'x'.repeat(48) })).status).toBe(401);
  });

  test('a body over the limit is answered 413, announced or not', async () => {
    const announced = await request({ path: '/api/setup.status', headers: { [TOKEN_HEADER]: server.token, 'content-length': String(MAX_BODY_BYTES + 1) }, body: '' });
    expect(announced.status).toBe(413);
    const streamed = await request({ path: '/api/setup.status', headers: { [TOKEN_HEADER]: server.token }, chunks: MAX_BODY_BYTES / (1024 * 1024) + 2 });
    expect(streamed.status).toBe(413);
    expect(streamed.text).toBe('request too large');
    // The server goes on answering.
    expect((await call('setup.status', { [TOKEN_HEADER]: server.token })).status).toBe(200);
  });

  test('a bad % escape is a 400, and a failure a 500, neither with an exception\'s words', async () => {
    const bad = await call('%E0%A4%A', { [TOKEN_HEADER]: server.token });
    expect(bad).toMatchObject({ status: 400, text: 'bad request' });
    const badPath = await request({ method: 'GET', path: '/assets/%ZZ.js' });
    expect(badPath).toMatchObject({ status: 400, text: 'bad request' });
    const failed = await call('test.explode', { [TOKEN_HEADER]: server.token });
    expect(failed).toMatchObject({ status: 500, text: 'internal error' });
    expect(failed.text).not.toContain('secret');
    expect(String(logged.at(-1))).toContain('secret detail'); // kept in the log for the developer
    expect((await call('setup.status', { [TOKEN_HEADER]: server.token }, '{not json')).status).toBe(400);
  });
});

/** The raw bytes of a GET (a download). */
function rawGet(urlPath: string): Promise<{ status: number; bytes: Buffer; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port: server.port, path: urlPath }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, bytes: Buffer.concat(parts), headers: res.headers }));
    }).on('error', reject);
  });
}

describe('a whole database as a stream', () => {
  test('an export is downloaded once; uploaded back (token and Origin checked) it is restored by its token', async () => {
    const exported = await backend.call('backups.export');
    expect(exported.kind).toBe('download');
    if (exported.kind !== 'download') throw new Error(`export: ${exported.kind}, not a download`);
    const download = await rawGet(`/download/${exported.token}`);
    expect(download.status).toBe(200);
    expect(download.headers['content-disposition']).toContain(`filename*=UTF-8''${exported.fileName}`);
    expect(download.bytes.length).toBe(exported.byteSize);
    expect(download.bytes.subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    expect((await rawGet(`/download/${exported.token}`)).status).toBe(404); // once
    expect((await rawGet(`/download/${'0'.repeat(32)}`)).status).toBe(404);

    const name = 'অফিসের ডেটাবেজ.sqlite';
    const headers = { [TOKEN_HEADER]: server.token, [FILE_NAME_HEADER]: encodeURIComponent(name), 'content-type': 'application/octet-stream' };
    expect((await request({ path: '/upload', headers: { ...headers, origin: 'http://evil.example' }, body: download.bytes })).status).toBe(403);
    expect((await request({ path: '/upload', headers: { ...headers, [TOKEN_HEADER]: 'no' }, body: download.bytes })).status).toBe(401);
    const uploaded = await request({ path: '/upload', headers: { ...headers, origin }, body: download.bytes });
    expect(uploaded.status).toBe(200);
    const chosen = JSON.parse(uploaded.text).value;
    expect(chosen).toMatchObject({ fileName: name, byteSize: download.bytes.length });

    const withoutAudit = () => {
      const dump = dumpConnection(backend.database.sqlite);
      delete dump.audit_log; // the restore adds its own row
      return dump;
    };
    const before = withoutAudit();
    await backend.call('offices.create', { parentId: (await ownOffice(backend)).id, level: 'department', nameBn: 'পরে যোগ হওয়া দপ্তর' });
    const restored = await call('backups.restoreFile', { [TOKEN_HEADER]: server.token, origin }, JSON.stringify({ token: chosen.token }));
    expect(JSON.parse(restored.text)).toMatchObject({ ok: true, value: { restoredFrom: name } });
    expect(withoutAudit()).toEqual(before);
    // Nothing of the upload or the export is left in staging.
    expect(fs.readdirSync(path.join(backend.dataDir, 'backups')).filter((n) => n.startsWith('.staging-'))).toEqual([]);
  });
});
