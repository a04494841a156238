import { spawn } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findApi } from '../src/manifest.js';
import { startProxy, type RunningProxy } from '../src/proxy.js';

const KEY = 'sk_live_proxy_test_key_0123456789';
// Drifted like the real Reply API: a null where the spec says boolean, an unknown member, an
// unlisted enum value; and the key echoed back in the body, which no recording may keep.
const DRIFTED = JSON.stringify({ id: 7, email: 'jane.doe@acme.test', phone: '+44 20 7946 0958', company: null, isOptedOut: null, companySize: 'Huge', nickname: 'JD', note: `called with ${KEY}` });

describe('engagekit-mock --proxy', () => {
  let upstream: http.Server;
  let upstreamUrl: string;
  const seen: { url?: string; authorization?: string; body: string }[] = [];
  let proxy: RunningProxy;
  const lines: string[] = [];
  const recordDir = mkdtempSync(path.join(tmpdir(), 'engagekit-proxy-rec-'));

  beforeAll(async () => {
    upstream = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        seen.push({ url: req.url, authorization: req.headers.authorization, body });
        if (req.url?.startsWith('/v3/contacts/7')) {
          res.writeHead(200, 'Fine', { 'content-type': 'application/json; charset=utf-8', 'x-upstream': 'yes' });
          res.end(DRIFTED);
        } else {
          res.writeHead(404, { 'content-type': 'text/plain' });
          res.end('nope');
        }
      });
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', () => resolve()));
    upstreamUrl = `http://127.0.0.1:${(upstream.address() as { port: number }).port}`;
    proxy = await startProxy({ api: findApi('reply-v3'), upstream: upstreamUrl, recordDir, mask: true, report: (line) => lines.push(line) });
  });

  afterAll(async () => {
    await proxy?.close();
    await new Promise<void>((resolve) => upstream?.close(() => resolve()));
    rmSync(recordDir, { recursive: true, force: true });
  });

  it('forwards unchanged with the caller key, returns the upstream bytes, reports violations and drift, records without the key', async () => {
    const response = await fetch(`${proxy.url}/v3/contacts/7?apiKey=${KEY}`, { headers: { authorization: `Bearer ${KEY}` } });
    expect(response.status).toBe(200);
    expect(response.statusText).toBe('Fine');
    expect(response.headers.get('x-upstream')).toBe('yes');
    expect(await response.text()).toBe(DRIFTED);
    await proxy.idle();

    expect(seen[0]).toEqual({ url: `/v3/contacts/7?apiKey=${KEY}`, authorization: `Bearer ${KEY}`, body: '' });
    expect(lines).toContain('GetContactById 200 /isOptedOut: null where boolean expected');
    expect(lines.some((line) => line.startsWith('drift: GetContactById 200 /nickname: unknown member nickname'))).toBe(true);
    expect(lines.some((line) => line.startsWith('drift: GetContactById 200 /companySize: "Huge"'))).toBe(true);

    const files = readdirSync(recordDir);
    expect(files).toEqual(['GetContactById-200-proxy.json']);
    const text = readFileSync(path.join(recordDir, files[0]!), 'utf8');
    expect(text).not.toContain(KEY);
    expect(text.toLowerCase()).not.toContain('authorization');
    expect(text).not.toContain('jane.doe@acme.test');
    expect(text).not.toContain('7946');
    const recording = JSON.parse(text);
    expect(recording).toMatchObject({
      api: 'reply-v3',
      operationId: 'GetContactById',
      request: { method: 'GET', path: '/v3/contacts/7', query: { apiKey: '[REDACTED]' } },
      response: { status: 200, body: { company: null, email: 'person1@example.invalid', note: 'called with [REDACTED]' } },
      provenance: { kind: 'proxy capture' },
    });
  });

  it('reports a request the spec has no operation for, and still forwards it', async () => {
    const response = await fetch(`${proxy.url}/v3/nowhere`, { method: 'POST', body: 'x', headers: { 'x-api-key': KEY } });
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('nope');
    await proxy.idle();
    expect(lines).toContain('unmatched: POST /v3/nowhere 404 (no operation of reply-v3 has this path)');
    expect(seen.at(-1)).toMatchObject({ url: '/v3/nowhere', body: 'x' });
  });

  it('runs from the command line: engagekit-mock --proxy <url> --api reply-v3 --record <dir>', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'engagekit-proxy-cli-'));
    const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
    const child = spawn(process.execPath, [cli, '--proxy', upstreamUrl, '--api', 'reply-v3', '--port', 'reply-v3=0', '--record', dir]);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    // Waits for output, not for time; the test's own timeout is the upper bound.
    const waitFor = async (pattern: RegExp) => {
      while (!pattern.test(output)) {
        if (child.exitCode !== null) throw new Error(`cli exited ${child.exitCode}:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      return pattern.exec(output)!;
    };
    try {
      const [, url] = await waitFor(/proxy on (http:\/\/\S+)/);
      const response = await fetch(`${url}/v3/contacts/7`, { headers: { authorization: `Bearer ${KEY}` } });
      expect(await response.text()).toBe(DRIFTED);
      await waitFor(/recorded /);
      expect(output).toContain('GetContactById 200 /isOptedOut: null where boolean expected');
      expect(output).not.toContain(KEY);
      const files = readdirSync(dir);
      expect(files).toEqual(['GetContactById-200-proxy.json']);
      expect(readFileSync(path.join(dir, files[0]!), 'utf8')).not.toContain(KEY);
    } finally {
      child.kill('SIGTERM');
      if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});

describe('engagekit-mock --proxy, an API whose server URL has a path (Whippy: /v1)', () => {
  it('matches /v1/contacts/{id} to GetContact, and a method the path lacks to nothing', async () => {
    const upstream = http.createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: { id: '00000000-0000-4000-8000-000000000001' } }));
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', () => resolve()));
    const recordDir = mkdtempSync(path.join(tmpdir(), 'engagekit-proxy-whippy-'));
    const lines: string[] = [];
    const proxy = await startProxy({
      api: findApi('whippy-v1'),
      upstream: `http://127.0.0.1:${(upstream.address() as { port: number }).port}`,
      recordDir,
      report: (line) => lines.push(line),
    });
    try {
      const contact = '/v1/contacts/00000000-0000-4000-8000-000000000001';
      expect((await fetch(`${proxy.url}${contact}`, { headers: { 'X-WHIPPY-KEY': 'k' } })).status).toBe(200);
      expect((await fetch(`${proxy.url}${contact}`, { method: 'PATCH', headers: { 'X-WHIPPY-KEY': 'k' } })).status).toBe(200);
      await proxy.idle();
      expect(lines.filter((line) => line.startsWith('unmatched'))).toEqual([`unmatched: PATCH ${contact} 200 (no operation of whippy-v1 has this path)`]);
      expect(readdirSync(recordDir).sort()).toEqual(['GetContact-200-proxy.json', 'Unmatched-200-proxy.json']);
    } finally {
      await proxy.close();
      await new Promise<void>((resolve) => upstream.close(() => resolve()));
      rmSync(recordDir, { recursive: true, force: true });
    }
  });
});
