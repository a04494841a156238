import { createClient } from '@engagekit/reply-v4';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentedExample, fetchWithoutAuth, mockUrl, violations } from './support.js';

const API = 'reply-v4';
let client: ReturnType<typeof createClient>;

beforeAll(() => {
  client = createClient({ apiKey: 'test-key', baseUrl: mockUrl(API) });
});

describe('GET /v4/sequences/{id}/contacts/{contact_id} (GetSequenceContact)', () => {
  const path = '/v4/sequences/{id}/contacts/{contact_id}' as const;

  it('returns the documented sequence contact, ICP score and scheduling included', async () => {
    const { data, response } = await client.GET(path, { params: { path: { id: 100, contact_id: 12345 } } });
    expect(response.status).toBe(200);
    expect(data).toEqual(documentedExample(API, path, 'get', { status: '200' }));
    expect(data?.icpScore).toBe(0.85);
  });

  it('serves the nullable subStatus/icpScore state by name', async () => {
    const { data } = await client.GET(path, {
      params: { path: { id: 100, contact_id: 12346 } },
      headers: { Prefer: 'example=autoReplied' },
    });
    expect(data).toMatchObject({ status: 'Paused', subStatus: 'AutoReplied', icpScore: null, nextSendAfter: null });
  });

  it('parses Prefer: code=404 and code=429', async () => {
    const notFound = await client.GET(path, { params: { path: { id: 1, contact_id: 1 } }, headers: { Prefer: 'code=404' } });
    expect(notFound.response.status).toBe(404);
    expect(notFound.error).toMatchObject({ code: 'sequenceContact.notInSequence' });
    const limited = await client.GET(path, { params: { path: { id: 1, contact_id: 1 } }, headers: { Prefer: 'code=429' } });
    expect(limited.response.status).toBe(429);
    expect(limited.error?.status).toBe(429);
    expect(Number(limited.response.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('authenticates with X-API-Key and rejects a request without it', async () => {
    const anonymous = createClient({ apiKey: 'test-key', baseUrl: mockUrl(API), fetch: fetchWithoutAuth });
    const { error, response } = await anonymous.GET(path, { params: { path: { id: 1, contact_id: 1 } } });
    expect(response.status).toBe(401);
    expect(error).toMatchObject({ status: 401 });
  });
});

describe('PUT /v4/sequences/{id}/contact-links/{contact_id}/status (SetSequenceContactStatus)', () => {
  const path = '/v4/sequences/{id}/contact-links/{contact_id}/status' as const;

  it.each(['Active', 'Paused', 'Finished', 'Inactive', 'OutOfOffice'] as const)('accepts %s and returns the contact', async (status) => {
    const { data, response } = await client.PUT(path, { params: { path: { id: 100, contact_id: 12345 } }, body: { status } });
    expect(response.status).toBe(200);
    expect(data).toEqual(documentedExample(API, path, 'put', { status: '200' }));
  });

  it('rejects the v3 camelCase spelling and names the field', async () => {
    const { error, response } = await client.PUT(path, {
      params: { path: { id: 100, contact_id: 12345 } },
      // @ts-expect-error v4 statuses are PascalCase
      body: { status: 'active' },
    });
    expect(response.status).toBe(400);
    expect(error?.status).toBe(400);
    expect(violations(response)).toContainEqual(expect.objectContaining({ location: ['request', 'body', 'status'] }));
  });

  it('rejects a body without status', async () => {
    const { response } = await client.PUT(path, {
      params: { path: { id: 100, contact_id: 12345 } },
      // @ts-expect-error status is required
      body: {},
    });
    expect(response.status).toBe(400);
    expect(violations(response)).toContainEqual(expect.objectContaining({ code: 'required' }));
  });

  it('parses Prefer: code=404 and code=429', async () => {
    const notFound = await client.PUT(path, {
      params: { path: { id: 1, contact_id: 1 } },
      body: { status: 'Active' },
      headers: { Prefer: 'code=404' },
    });
    expect(notFound.error).toMatchObject({ status: 404, code: 'sequenceContact.notInSequence' });
    const limited = await client.PUT(path, {
      params: { path: { id: 1, contact_id: 1 } },
      body: { status: 'Active' },
      headers: { Prefer: 'code=429' },
    });
    expect(limited.response.status).toBe(429);
    expect(limited.response.headers.get('Retry-After')).toMatch(/^\d+$/);
  });
});
