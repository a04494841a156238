import { createClient } from '@engagekit/whippy-v1';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledSpec, documentedExample, fetchWithoutAuth, mockUrl, violations } from './support.js';

const API = 'whippy-v1';
const path = '/contacts/{id}/sequences' as const;
const contactId = '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11';
let client: ReturnType<typeof createClient>;

beforeAll(() => {
  client = createClient({ apiKey: 'test-key', baseUrl: mockUrl(API) });
});

describe('POST /contacts/{id}/sequences (ListContactSequences)', () => {
  it('marks the undocumented response shape as inferred', () => {
    expect(bundledSpec(API).components.schemas.ContactSequenceList['x-inferred']).toBe(true);
  });

  it('returns the documented page of sequences with last, current and next steps', async () => {
    const { data, response } = await client.POST(path, { params: { path: { id: contactId } }, body: { limit: 50, offset: 0 } });
    expect(response.status).toBe(200);
    expect(data).toEqual(documentedExample(API, path, 'post', { status: '200' }));
    expect(data?.data[0]).toHaveProperty('current_step.title', 'Follow-up');
  });

  it('accepts every documented filter', async () => {
    const { response } = await client.POST(path, {
      params: { path: { id: contactId } },
      body: { limit: 500, offset: 10, sequence_id: contactId, contact_status: 'moved', sequence_status: 'archived' },
    });
    expect(response.status).toBe(200);
    expect(violations(response)).toEqual([]);
  });

  it('rejects a limit over 500 with a 422 naming the field', async () => {
    const { error, response } = await client.POST(path, { params: { path: { id: contactId } }, body: { limit: 501 } });
    expect(response.status).toBe(422);
    expect(error).toMatchObject({ status: 422 });
    expect(violations(response)).toContainEqual(expect.objectContaining({ location: ['request', 'body', 'limit'], code: 'maximum' }));
  });

  it('rejects an unknown contact_status', async () => {
    const { response } = await client.POST(path, {
      params: { path: { id: contactId } },
      // @ts-expect-error not a contact status
      body: { contact_status: 'complete' },
    });
    expect(response.status).toBe(422);
    expect(violations(response)).toContainEqual(expect.objectContaining({ location: ['request', 'body', 'contact_status'] }));
  });

  it('rejects a contact id that is not a UUID', async () => {
    const { response } = await client.POST(path, { params: { path: { id: '42' } }, body: {} });
    expect(response.status).toBe(422);
    expect(violations(response)).toContainEqual(expect.objectContaining({ location: ['request', 'path', 'id'] }));
  });

  it('authenticates with X-WHIPPY-KEY and rejects a request without it', async () => {
    const anonymous = createClient({ apiKey: 'test-key', baseUrl: mockUrl(API), fetch: fetchWithoutAuth });
    const { error, response } = await anonymous.POST(path, { params: { path: { id: contactId } }, body: {} });
    expect(response.status).toBe(401);
    expect(error).toMatchObject({ error: 'Unauthorized' });
  });

  it('parses Prefer: code=404 and code=429', async () => {
    const notFound = await client.POST(path, { params: { path: { id: contactId } }, body: {}, headers: { Prefer: 'code=404' } });
    expect(notFound.error).toEqual({ error: 'Contact not found', status: 404 });
    const limited = await client.POST(path, { params: { path: { id: contactId } }, body: {}, headers: { Prefer: 'code=429' } });
    expect(limited.response.status).toBe(429);
    expect(limited.error?.status).toBe(429);
    expect(Number(limited.response.headers.get('Retry-After'))).toBeGreaterThan(0);
  });
});
