import { memoryLogger, startFaultServer, type FaultServer, type Step } from '@engagekit/test-support';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigurationError, EngagekitError, NotFoundError, Reply, ResponseValidationError, type ReplyOptions } from '../src/index.js';

const require = createRequire(import.meta.url);
const spec = JSON.parse(readFileSync(require.resolve('@engagekit/mock/specs/reply-v3.json'), 'utf8'));
/** The spec's own contact example: valid by construction. */
const contact = spec.components.examples.Contact.value;
const SECRET = 'sk_live_validation_5d1c';

const servers: FaultServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function setup(steps: Step[], options: Partial<ReplyOptions> = {}) {
  const server = await startFaultServer((_request, index) => steps[Math.min(index, steps.length - 1)]!);
  servers.push(server);
  const logger = memoryLogger();
  const reply = new Reply({ apiKey: SECRET, baseUrl: server.url, rateLimit: false, maxRetries: 0, logger, logLevel: 'warn', ...options });
  return { reply, logger, server };
}

const nullOptOut: Step = { status: 200, body: { ...contact, isOptedOut: null } };
const drifted: Step = { status: 200, body: { ...contact, phoneStatus: 'Valid', nickname: 'Johnny' } };
const notFoundWithoutTitle: Step = { status: 404, headers: { 'content-type': 'application/problem+json' }, body: { status: 404, detail: 'gone', code: 'contact.notFound' } };

describe("validateResponses: 'off' (the default)", () => {
  it('returns whatever the API sent and logs nothing', async () => {
    const { reply, logger } = await setup([nullOptOut, drifted]);
    expect((await reply.contacts.get({ id: 1 })).isOptedOut).toBeNull();
    expect((await reply.contacts.get({ id: 1 })).phoneStatus).toBe('Valid');
    expect(logger.lines).toEqual([]);
  });

  it('rejects an unknown mode when the client is built', () => {
    expect(() => new Reply({ apiKey: SECRET, validateResponses: 'strict' as never })).toThrow(ConfigurationError);
    expect(() => new Reply({ apiKey: SECRET, validateResponses: 'strict' as never })).toThrow(/validateResponses must be one of off, warn, throw/);
  });
});

describe("validateResponses: 'warn'", () => {
  it('logs each violation with operation, pointer, expected and observed, and returns the body', async () => {
    const { reply, logger } = await setup([nullOptOut], { validateResponses: 'warn' });
    const data = await reply.contacts.get({ id: 1 }, {});
    expect(data.isOptedOut).toBeNull();
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]).toContain('response validation: GetContactById 200 /isOptedOut: null where boolean expected');
    expect(logger.lines[0]).toContain('"operation":"GetContactById"');
    expect(logger.lines[0]).toContain('"pointer":"/isOptedOut"');
    expect(logger.lines[0]).toContain('"expected":"boolean"');
    expect(logger.lines[0]).toContain('"observed":null');
    expect(logger.lines[0]).toContain('"schemaPath":"#/components/schemas/Contact/properties/isOptedOut"');
  });

  it('logs a violation once per operation and pointer, folding list indices', async () => {
    const page = { items: [0, 1, 2].map((id) => ({ ...contact, id, isOptedOut: null })), hasMore: false };
    const { reply, logger } = await setup([nullOptOut, nullOptOut, { status: 200, body: page }, { status: 200, body: page }], { validateResponses: 'warn' });
    await reply.contacts.get({ id: 1 });
    await reply.contacts.get({ id: 2 });
    await reply.contacts.list();
    await reply.contacts.list();
    expect(logger.lines.map((line) => line.split(': null')[0])).toEqual([
      'warn [engagekit] response validation: GetContactById 200 /isOptedOut',
      'warn [engagekit] response validation: GetContacts 200 /items/0/isOptedOut',
    ]);
  });

  it('logs drift (an unknown member, an unlisted enum value) as drift', async () => {
    const { reply, logger } = await setup([drifted], { validateResponses: 'warn' });
    await reply.contacts.get({ id: 1 });
    expect(logger.lines).toEqual([
      expect.stringContaining('response drift: GetContactById 200 /phoneStatus: "Valid" is not one of pending, invalid, valid, validationFailed, notValidated'),
      expect.stringContaining('response drift: GetContactById 200 /nickname: unknown member nickname (string)'),
    ]);
  });

  it('checks error bodies too, and still throws the APIError the status calls for', async () => {
    const { reply, logger } = await setup([notFoundWithoutTitle], { validateResponses: 'warn' });
    await expect(reply.contacts.get({ id: 1 })).rejects.toBeInstanceOf(NotFoundError);
    expect(logger.lines).toEqual([expect.stringContaining('response validation: GetContactById 404 /title: missing required member title')]);
  });

  it('never logs the API key, even when the body echoes it', async () => {
    const { reply, logger } = await setup([{ status: 200, body: { ...contact, company: 7, title: { key: SECRET } } }], { validateResponses: 'warn' });
    await reply.contacts.get({ id: 1 });
    expect(logger.lines.length).toBeGreaterThan(0);
    expect(logger.lines.join('\n')).not.toContain(SECRET);
  });
});

describe("validateResponses: 'throw'", () => {
  it('throws ResponseValidationError with the operation, the status and the violations', async () => {
    const { reply } = await setup([nullOptOut], { validateResponses: 'throw' });
    const error = await reply.contacts.get({ id: 1 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error).toBeInstanceOf(EngagekitError);
    const { operation, status, violations, message } = error as ResponseValidationError;
    expect({ operation, status }).toEqual({ operation: 'GetContactById', status: 200 });
    expect(violations).toEqual([
      {
        pointer: '/isOptedOut',
        keyword: 'type',
        message: 'null where boolean expected',
        expected: 'boolean',
        observed: null,
        drift: false,
        schemaPath: '#/components/schemas/Contact/properties/isOptedOut',
      },
    ]);
    expect(message).toBe('GetContactById 200: the response does not match the spec: /isOptedOut null where boolean expected');
  });

  it('logs drift but does not throw for it', async () => {
    const { reply, logger } = await setup([drifted], { validateResponses: 'throw' });
    expect((await reply.contacts.get({ id: 1 })).phoneStatus).toBe('Valid');
    expect(logger.lines).toHaveLength(2);
    expect(logger.lines.every((line) => line.includes('response drift: GetContactById 200'))).toBe(true);
  });

  it('passes a body that matches the spec, silently', async () => {
    const { reply, logger } = await setup([{ status: 200, body: contact }], { validateResponses: 'throw' });
    expect((await reply.contacts.get({ id: 1 })).id).toBe(contact.id);
    expect(logger.lines).toEqual([]);
  });

  it('validates v4 operations with the v4 validators', async () => {
    const { reply } = await setup([{ status: 200, body: { id: 'not-a-number' } }], { validateResponses: 'throw', v4BaseUrl: undefined });
    const error = await reply.v4.sequences.contacts.get({ id: 100, contact_id: 12345 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).operation).toMatch(/\S/);
    expect((error as ResponseValidationError).violations.length).toBeGreaterThan(0);
  });

  it('keeps the APIError of an error answer whose body is off-spec, and logs the mismatch', async () => {
    const { reply, logger } = await setup([notFoundWithoutTitle], { validateResponses: 'throw' });
    await expect(reply.contacts.get({ id: 1 })).rejects.toBeInstanceOf(NotFoundError);
    expect(logger.lines).toEqual([expect.stringContaining('GetContactById 404 /title: missing required member title')]);
  });
});
