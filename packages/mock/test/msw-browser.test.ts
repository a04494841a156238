// In real Chromium: a page bundled with esbuild registers MSW's service worker with the stateful
// mock's browser build, then creates, gets and lists contacts with fetch; no mock server runs.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ensureChromium } from './chromium.js';

const require = createRequire(import.meta.url);
let server: http.Server;
let pageUrl: string;
let browser: Browser;

beforeAll(async () => {
  const executablePath = ensureChromium();
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('fixtures/msw-page.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  });
  const script = bundle.outputFiles[0]!.text;
  const worker = readFileSync(require.resolve('msw/mockServiceWorker.js'), 'utf8');
  const html = '<!doctype html><html><body><pre id="out">loading</pre><script type="module" src="/page.js"></script></body></html>';
  server = http.createServer((request, response) => {
    if (request.url === '/page.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else if (request.url === '/mockServiceWorker.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(worker);
    else if (request.url === '/') response.writeHead(200, { 'content-type': 'text/html' }).end(html);
    // Anything the worker let through reaches here: the test then sees a 599, never the mock's answer.
    else response.writeHead(599).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  pageUrl = `http://localhost:${(server.address() as AddressInfo).port}/`;
  browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

it('runs create → get → list in the browser against the MSW service worker', async () => {
  const tab = await browser.newPage();
  const errors: string[] = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(pageUrl);
  await tab.waitForFunction(() => document.getElementById('out')?.textContent === 'ready', undefined, { timeout: 90_000 });
  const result = (await tab.evaluate(() => (window as unknown as { runFlow(): Promise<unknown> }).runFlow())) as {
    created: { status: number; body: { id: number; email: string } };
    fetched: { status: number; body: { id: number } };
    emails: string[];
    invalid: { status: number; body: { errors: { pointer: string }[] } };
    controlled: boolean;
  };
  expect(errors).toEqual([]);
  expect(result.controlled).toBe(true);
  expect(result.created.status).toBe(201);
  expect(result.created.body.email).toBe('browser@example.com');
  expect(result.fetched).toEqual({ status: 200, body: result.created.body });
  expect(result.emails.filter((email) => email === 'browser@example.com')).toHaveLength(1);
  expect(result.emails.length).toBeGreaterThan(1);
  expect(result.invalid.status).toBe(400);
  expect(new Set(result.invalid.body.errors.map((error) => error.pointer))).toEqual(new Set(['/firstName']));
});
