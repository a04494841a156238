import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMocks, type MockFleet } from '../src/index.js';
import { ensureChromium } from './chromium.js';

// A page on one localhost port calls the mock on another with fetch: a cross-origin request with
// an Authorization header and a JSON body, which the browser sends only after a CORS preflight.
const PAGE = `<!doctype html><html><body><pre id="out">pending</pre><script>
  const out = document.getElementById('out');
  window.runCalls = async (mock) => {
    const results = {};
    const get = await fetch(mock + '/v3/contacts/12345', { headers: { Authorization: 'Bearer browser-key' } });
    results.get = { status: get.status, body: await get.json() };
    const post = await fetch(mock + '/v3/sequences/100/contacts/set-status-in-sequence', {
      method: 'POST',
      headers: { Authorization: 'Bearer browser-key', 'Content-Type': 'application/json', Prefer: 'example=partialFailure' },
      body: JSON.stringify({ contactIds: [123, 124, 125], statusInSequence: 'paused' }),
    });
    results.post = { status: post.status, body: await post.json() };
    const limited = await fetch(mock + '/v3/contacts/1', { headers: { Authorization: 'Bearer browser-key', Prefer: 'code=429' } });
    results.limited = { status: limited.status, retryAfter: limited.headers.get('Retry-After') };
    out.textContent = 'done';
    return results;
  };
</script></body></html>`;

let fleet: MockFleet;
let page: http.Server;
let pageUrl: string;
let browser: Browser;

beforeAll(async () => {
  const executablePath = ensureChromium();
  fleet = await startMocks({ apis: ['reply-v3'], ports: { 'reply-v3': 0 }, requireAll: true });
  page = http.createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE));
  await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
  pageUrl = `http://localhost:${(page.address() as AddressInfo).port}/`;
  browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  page?.close();
  await fleet?.stop();
});

describe('CORS from a browser page on another localhost port', () => {
  it('lets the page read answers, preflighted POST and rate-limit headers included', async () => {
    const tab = await browser.newPage();
    const preflights: string[] = [];
    tab.on('request', (request) => {
      if (request.method() === 'OPTIONS') preflights.push(request.url());
    });
    await tab.goto(pageUrl);
    const mockUrl = fleet.url('reply-v3');
    expect(new URL(mockUrl).port).not.toBe(new URL(pageUrl).port);
    const results = await tab.evaluate((mock) => (window as unknown as { runCalls(url: string): Promise<unknown> }).runCalls(mock), mockUrl);
    expect(results).toMatchObject({
      get: { status: 200, body: { id: 12345, email: 'john.doe@company.com' } },
      post: { status: 200, body: { '124': { error: 'notInSequence' } } },
      limited: { status: 429, retryAfter: '30' },
    });
    expect(await tab.textContent('#out')).toBe('done');
  });

  it('answers a preflight with the allow headers a browser needs', async () => {
    const response = await fetch(`${fleet.url('reply-v3')}/v3/contacts/1`, {
      method: 'OPTIONS',
      headers: { Origin: pageUrl.slice(0, -1), 'Access-Control-Request-Method': 'PATCH', 'Access-Control-Request-Headers': 'authorization,content-type,prefer' },
    });
    expect(response.status).toBeLessThan(300);
    expect(response.headers.get('access-control-allow-origin')).toMatch(/^(\*|http:\/\/localhost:\d+)$/);
    expect((response.headers.get('access-control-allow-methods') ?? '').toUpperCase()).toContain('PATCH');
    expect(response.headers.get('access-control-allow-headers')).toMatch(/authorization|\*/i);
  });
});
