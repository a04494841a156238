// The stateful mock's promises beyond one resource's life cycle: sessions, reset, validation errors
// in each API's own format, faults on demand, latency and fault-rate flags.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findApi, startMocks, type MockFleet } from '../src/index.js';
import { loadApiData } from '../src/api-data.js';
import { createEngine } from '../src/engine/engine.js';
import { startStatefulServer } from '../src/http-server.js';
import type { ResourceMap } from '../src/engine/types.js';

const REPLY = { Authorization: 'Bearer test-key', 'Content-Type': 'application/json' };
const WHIPPY = { 'X-WHIPPY-KEY': 'test-key', 'Content-Type': 'application/json' };
let fleet: MockFleet;
let reply: string;
let whippy: string;

beforeAll(async () => {
  fleet = await startMocks({ apis: ['reply-v3', 'whippy-v1'], ports: { 'reply-v3': 0, 'whippy-v1': 0 }, requireAll: true });
  reply = fleet.url('reply-v3');
  whippy = fleet.url('whippy-v1');
}, 120_000);

afterAll(async () => {
  await fleet?.stop();
});

async function createContact(session: string | undefined, email: string) {
  const headers: Record<string, string> = { ...REPLY, ...(session ? { 'X-Mock-Session': session } : {}) };
  const response = await fetch(`${reply}/v3/contacts`, { method: 'POST', headers, body: JSON.stringify({ email, firstName: 'Ada' }) });
  expect(response.status).toBe(201);
  return (await response.json()) as { id: number; email: string };
}

async function getContact(session: string | undefined, id: number) {
  return fetch(`${reply}/v3/contacts/${id}`, { headers: { ...REPLY, ...(session ? { 'X-Mock-Session': session } : {}) } });
}

describe('sessions and reset', () => {
  it('keeps one session’s records out of another’s, and out of the default state', async () => {
    const mine = await createContact('alice', 'alice@example.com');
    expect((await getContact('alice', mine.id)).status).toBe(200);
    expect((await getContact('bob', mine.id)).status).toBe(404);
    expect((await getContact(undefined, mine.id)).status).toBe(404);
    const list = (await (await fetch(`${reply}/v3/contacts?top=1000`, { headers: { ...REPLY, 'X-Mock-Session': 'bob' } })).json()) as { items: { email: string }[] };
    expect(list.items.map((contact) => contact.email)).not.toContain('alice@example.com');
  });

  it('resets one session to the seed, leaving the others', async () => {
    const a = await createContact('reset-a', 'a@example.com');
    const b = await createContact('reset-b', 'b@example.com');
    await fetch(`${reply}/v3/contacts/12345`, { method: 'DELETE', headers: { ...REPLY, 'X-Mock-Session': 'reset-a' } });
    expect((await getContact('reset-a', 12345)).status).toBe(404);

    const reset = await fetch(`${reply}/__mock/reset`, { method: 'POST', headers: { 'X-Mock-Session': 'reset-a' } });
    expect(await reset.json()).toEqual({ reset: 'session', session: 'reset-a' });
    expect((await getContact('reset-a', a.id)).status).toBe(404);
    expect((await getContact('reset-a', 12345)).status).toBe(200);
    expect((await getContact('reset-b', b.id)).status).toBe(200);
  });

  it('resets every session without a session header', async () => {
    const c = await createContact('reset-c', 'c@example.com');
    const d = await createContact(undefined, 'd@example.com');
    expect(await (await fetch(`${reply}/__mock/reset`, { method: 'POST' })).json()).toEqual({ reset: 'all' });
    expect((await getContact('reset-c', c.id)).status).toBe(404);
    expect((await getContact(undefined, d.id)).status).toBe(404);
  });

  it('seeds varied records from the named examples, some carrying nulls', async () => {
    const list = (await (await fetch(`${reply}/v3/contacts?top=1000`, { headers: { ...REPLY, 'X-Mock-Session': 'seed' } })).json()) as { items: Record<string, unknown>[] };
    expect(list.items.length).toBeGreaterThan(1);
    expect(new Set(list.items.map((contact) => contact.id)).size).toBe(list.items.length);
    expect(new Set(list.items.map((contact) => JSON.stringify({ ...contact, id: 0 }))).size).toBe(list.items.length);
    const resources = (await (await fetch(`${reply}/__mock/resources`)).json()) as { name: string; seeded: number }[];
    expect(resources.find((collection) => collection.name === 'contacts')?.seeded).toBe(list.items.length);
    const seeds = JSON.parse(readFileSync(findApi('reply-v3').resourcesPath, 'utf8')) as ResourceMap;
    expect(seeds.collections.some((collection) => collection.seed.some((record) => Object.values(record).includes(null)))).toBe(true);
  });

  it('applies equality filters on documented filter fields', async () => {
    await createContact('filters', 'findme@example.com');
    const found = (await (await fetch(`${reply}/v3/contacts?email=findme%40example.com`, { headers: { ...REPLY, 'X-Mock-Session': 'filters' } })).json()) as { items: { email: string }[]; hasMore: boolean };
    expect(found.items.map((contact) => contact.email)).toEqual(['findme@example.com']);
    expect(found.hasMore).toBe(false);
  });
});

describe('validation errors in the API’s own format', () => {
  it('Reply: a problem+json 400 whose errors[] names the invalid member', async () => {
    const response = await fetch(`${reply}/v3/contacts`, { method: 'POST', headers: REPLY, body: JSON.stringify({ email: 'ada@example.com', firstName: 42 }) });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const body = (await response.json()) as { status: number; errors: { pointer: string; detail: string }[] };
    expect(body.status).toBe(400);
    expect(new Set(body.errors.map((error) => error.pointer))).toEqual(new Set(['/firstName']));
    expect(body.errors[0]!.detail).toMatch(/string/);
    expect(JSON.parse(response.headers.get('sl-violations')!)[0].location).toEqual(['request', 'firstName']);
  });

  it('Reply: a bad query parameter is named too', async () => {
    const response = await fetch(`${reply}/v3/contacts?top=0`, { headers: REPLY });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { pointer: string }[] };
    expect(body.errors.map((error) => error.pointer)).toEqual(['/top']);
  });

  it('Whippy: a 422 in Whippy’s error format naming the field', async () => {
    const response = await fetch(`${whippy}/contacts`, { method: 'POST', headers: WHIPPY, body: JSON.stringify({ phone: '+13105550000', name: 7 }) });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: string; status: number };
    expect(body.status).toBe(422);
    expect(body.error).toMatch(/name/);
  });

  it('401 without credentials', async () => {
    const response = await fetch(`${reply}/v3/contacts/12345`);
    expect(response.status).toBe(401);
    expect(((await response.json()) as { status: number }).status).toBe(401);
  });
});

describe('faults on demand', () => {
  it('Prefer: code= answers that status’s documented example; an injected 429 carries Retry-After', async () => {
    const response = await fetch(`${reply}/v3/contacts/12345`, { headers: { ...REPLY, Prefer: 'code=429' } });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('Prefer: example= answers that named example', async () => {
    const response = await fetch(`${reply}/v3/sequences/100/contacts/set-status-in-sequence`, {
      method: 'POST',
      headers: { ...REPLY, Prefer: 'example=partialFailure' },
      body: JSON.stringify({ contactIds: [123, 124, 125], statusInSequence: 'paused' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ '124': { error: 'notInSequence' } });
  });

  it('X-Mock-Delay holds the answer at least that long', async () => {
    const started = performance.now();
    const response = await fetch(`${reply}/v3/contacts/12345`, { headers: { ...REPLY, 'X-Mock-Delay': '300' } });
    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('X-Mock-Fault: reset drops the connection', async () => {
    await expect(fetch(`${reply}/v3/contacts/12345`, { headers: { ...REPLY, 'X-Mock-Fault': 'reset' } })).rejects.toThrow(/fetch failed/);
  });

  it('X-Mock-Fault: timeout never answers, and stopping the server ends it', async () => {
    const engine = createEngine(await loadApiData(findApi('reply-v3')));
    const server = await startStatefulServer(engine, { port: 0 });
    const outcome = new Promise<string>((resolve) => {
      const request = http.get(`${server.url}/v3/contacts/12345`, { headers: { authorization: 'Bearer k', 'x-mock-fault': 'timeout' } }, () => resolve('answered'));
      request.on('error', (error) => resolve(`error: ${error.message}`));
    });
    // Another request on the same server answers meanwhile: the hung one blocks nothing.
    expect((await fetch(`${server.url}/v3/contacts/12345`, { headers: { authorization: 'Bearer k' } })).status).toBe(200);
    await server.stop();
    expect(await outcome).toMatch(/^error: socket hang up/);
  });
});

describe('whole-mock latency and fault rate', () => {
  it('--fault-rate 1 answers every request with an injected fault; 429s carry Retry-After', async () => {
    const faulty = await startMocks({ apis: ['reply-v3'], ports: { 'reply-v3': 0 }, faultRate: 1, requireAll: true });
    try {
      const statuses = new Set<number>();
      for (let i = 0; i < 20; i++) {
        const response = await fetch(`${faulty.url('reply-v3')}/v3/contacts/12345`, { headers: REPLY });
        statuses.add(response.status);
        expect(response.headers.get('x-mock-injected')).toBe('fault-rate');
        if (response.status === 429) expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      }
      expect([...statuses].every((status) => status === 429 || status >= 500)).toBe(true);
    } finally {
      await faulty.stop();
    }
  });

  it('--latency holds every answer for at least the minimum', async () => {
    const slow = await startMocks({ apis: ['reply-v3'], ports: { 'reply-v3': 0 }, latency: { min: 200, max: 250 }, requireAll: true });
    try {
      const started = performance.now();
      expect((await fetch(`${slow.url('reply-v3')}/v3/contacts/12345`, { headers: REPLY })).status).toBe(200);
      expect(performance.now() - started).toBeGreaterThanOrEqual(190);
    } finally {
      await slow.stop();
    }
  });
});
