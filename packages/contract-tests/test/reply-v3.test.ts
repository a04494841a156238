import { createClient, type Schemas } from '@engagekit/reply-v3';
import { ConfigurationError } from '@engagekit/runtime';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentedExample, fetchWithoutAuth, mockUrl, violations } from './support.js';

const API = 'reply-v3';
let client: ReturnType<typeof createClient>;

beforeAll(() => {
  client = createClient({ apiKey: 'test-key', baseUrl: mockUrl(API) });
});

function isValidationProblem(body: unknown): body is Schemas['ValidationProblem'] {
  return typeof body === 'object' && body !== null && Array.isArray((body as { errors?: unknown }).errors);
}

describe('reply-v3 client construction', () => {
  it('refuses to build a client without an API key', () => {
    expect(() => createClient({ apiKey: '' })).toThrow(ConfigurationError);
  });
});

describe('POST /v3/contacts (CreateContact)', () => {
  it('creates a contact and returns the documented 201 example', async () => {
    const body = documentedExample(API, '/v3/contacts', 'post', { requestBody: true, name: 'minimal' });
    const { data, error, response } = await client.POST('/v3/contacts', { body });
    expect(error).toBeUndefined();
    expect(response.status).toBe(201);
    expect(data).toEqual(documentedExample(API, '/v3/contacts', 'post', { status: '201' }));
  });

  it('rejects a contact with neither email nor LinkedIn URL', async () => {
    const { data, error, response } = await client.POST('/v3/contacts', { body: { firstName: 'Nobody' } });
    expect(data).toBeUndefined();
    expect(response.status).toBe(400);
    expect(error).toMatchObject({ status: 400, title: 'Bad Request' });
    expect(violations(response).map((v) => v.message).join('\n')).toMatch(/email|linkedInUrl/);
  });

  it('rejects a contact without firstName, as the live API does (a recorded 400 names it)', async () => {
    const { response } = await client.POST('/v3/contacts', {
      // @ts-expect-error firstName is required
      body: { email: 'jane.doe@acme.com' },
    });
    expect(response.status).toBe(400);
    expect(violations(response)).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/firstName/) }));
  });

  it('rejects a malformed email and names the field', async () => {
    const { error, response } = await client.POST('/v3/contacts', { body: { email: 'not-an-email', firstName: 'Jane' } });
    expect(response.status).toBe(400);
    expect(error?.status).toBe(400);
    expect(violations(response)).toContainEqual(expect.objectContaining({ location: ['request', 'body', 'email'] }));
  });
});

describe('GET /v3/contacts/{id} (GetContactById)', () => {
  it('returns the documented contact', async () => {
    const { data, response } = await client.GET('/v3/contacts/{id}', { params: { path: { id: 12345 } } });
    expect(response.status).toBe(200);
    expect(data).toEqual(documentedExample(API, '/v3/contacts/{id}', 'get', { status: '200' }));
    expect(data?.customFields?.[0]).toEqual({ key: 'leadSource', value: 'Conference' });
    expect(data?.sequences?.[0]?.status).toBe('active');
  });

  it('parses Prefer: code=404 into a business problem with its code slug', async () => {
    const { data, error, response } = await client.GET('/v3/contacts/{id}', {
      params: { path: { id: 99 } },
      headers: { Prefer: 'code=404' },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(404);
    expect(error).toEqual({ title: 'Not Found', status: 404, detail: 'Contact 12345 was not found.', code: 'contact.notFound' });
  });

  it('parses Prefer: code=429 and exposes Retry-After', async () => {
    const { error, response } = await client.GET('/v3/contacts/{id}', {
      params: { path: { id: 1 } },
      headers: { Prefer: 'code=429' },
    });
    expect(response.status).toBe(429);
    expect(error).toMatchObject({ status: 429, title: 'Too Many Requests' });
    expect(Number(response.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1);
  });

  it('rejects a request without credentials with a typed 401 problem', async () => {
    const anonymous = createClient({ apiKey: 'test-key', baseUrl: mockUrl(API), fetch: fetchWithoutAuth });
    const { error, response } = await anonymous.GET('/v3/contacts/{id}', { params: { path: { id: 1 } } });
    expect(response.status).toBe(401);
    expect(error).toMatchObject({ status: 401, title: 'Unauthorized' });
    expect(violations(response)[0]?.code).toBe(401);
  });
});

describe('PATCH /v3/contacts/{id} (UpdateContact)', () => {
  it('sends the full patch model and returns the documented contact', async () => {
    const body = documentedExample(API, '/v3/contacts/{id}', 'patch', { requestBody: true, name: 'renameAndReassign' });
    const { data, response } = await client.PATCH('/v3/contacts/{id}', { params: { path: { id: 12345 } }, body });
    expect(response.status).toBe(200);
    expect(data).toEqual(documentedExample(API, '/v3/contacts/{id}', 'patch', { status: '200' }));
  });

  it('accepts every documented field, PascalCase companySize and nulls where allowed', async () => {
    const { response } = await client.PATCH('/v3/contacts/{id}', {
      params: { path: { id: 12345 } },
      body: {
        email: 'jane@acme.com',
        firstName: 'Jane',
        lastName: 'Doe',
        phone: '+1 555 0100',
        phone2: '+1 555 0101',
        title: 'CTO',
        company: 'Acme',
        companySize: 'OverTenThousand',
        industry: 'Software',
        city: 'Austin',
        state: 'TX',
        country: 'United States',
        timeZoneId: 'America/Chicago',
        linkedInUrl: 'https://www.linkedin.com/in/jane',
        linkedInSalesNavigatorUrl: 'https://www.linkedin.com/sales/profile/1',
        linkedInRecruiterUrl: 'https://www.linkedin.com/recruiter/profile/1',
        notes: 'Met at a conference',
        isOptedOut: null,
        callStatus: 'toCall',
        meetingStatus: 'meetingBooked',
        ownerUserId: null,
        accountId: null,
        customFields: [{ id: 1, value: 'x' }, { name: 'leadSource', value: null }],
      },
    });
    expect(response.status).toBe(200);
    expect(violations(response)).toEqual([]);
  });

  it('rejects the camelCase response spelling of companySize and names the field', async () => {
    const { error, response } = await client.PATCH('/v3/contacts/{id}', {
      params: { path: { id: 12345 } },
      // @ts-expect-error the request takes PascalCase company sizes; camelCase is the response's spelling
      body: { companySize: 'oneThousand' },
    });
    expect(response.status).toBe(400);
    expect(isValidationProblem(error)).toBe(true);
    expect(violations(response)).toContainEqual(expect.objectContaining({ location: ['request', 'body', 'companySize'] }));
  });
});

describe('GET /v3/sequences/{id}/contacts/{contact_id} (GetSequenceContactById)', () => {
  const path = '/v3/sequences/{id}/contacts/{contact_id}' as const;

  it.each(['active', 'finished', 'notEmailedYet'])('serves the documented "%s" state', async (name) => {
    const { data, response } = await client.GET(path, {
      params: { path: { id: 100, contact_id: 12345 } },
      headers: { Prefer: `example=${name}` },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual(documentedExample(API, path, 'get', { status: '200', name }));
  });

  it('models the finished and never-emailed states the seed page describes', async () => {
    const finished = documentedExample(API, path, 'get', { status: '200', name: 'finished' }) as Schemas['SequenceContact'];
    expect(finished.currentStep).toEqual({ stepId: null, displayName: 'Finished' });
    const fresh = documentedExample(API, path, 'get', { status: '200', name: 'notEmailedYet' }) as Schemas['SequenceContact'];
    expect(fresh.emailDisposition).toBeNull();
    expect(fresh.emailAccountId).toBeNull();
  });

  it('parses Prefer: code=404 into the notInSequence problem', async () => {
    const { error, response } = await client.GET(path, {
      params: { path: { id: 100, contact_id: 1 } },
      headers: { Prefer: 'code=404' },
    });
    expect(response.status).toBe(404);
    expect(error).toMatchObject({ code: 'sequenceContact.notInSequence' });
  });

  it('parses Prefer: code=429 with Retry-After', async () => {
    const { error, response } = await client.GET(path, {
      params: { path: { id: 100, contact_id: 1 } },
      headers: { Prefer: 'code=429' },
    });
    expect(response.status).toBe(429);
    expect(error?.status).toBe(429);
    expect(response.headers.get('Retry-After')).toMatch(/^\d+$/);
  });

  it('rejects a non-integer path id', async () => {
    const { response } = await client.GET(path, {
      // @ts-expect-error path ids are integers
      params: { path: { id: 'abc', contact_id: 1 } },
    });
    expect(response.status).toBe(400);
    expect(violations(response)).toContainEqual(expect.objectContaining({ location: ['request', 'path', 'id'] }));
  });
});

describe('POST /v3/sequences/{id}/contacts/set-status-in-sequence', () => {
  const path = '/v3/sequences/{id}/contacts/set-status-in-sequence' as const;

  it('returns {} when every contact was changed', async () => {
    const { data, response } = await client.POST(path, {
      params: { path: { id: 100 } },
      body: { contactIds: [123], statusInSequence: 'active' },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual({});
  });

  it('serves the partial-failure map keyed by contact id', async () => {
    const { data } = await client.POST(path, {
      params: { path: { id: 100 } },
      body: { contactIds: [123, 124, 125], statusInSequence: 'paused' },
      headers: { Prefer: 'example=partialFailure' },
    });
    expect(Object.keys(data ?? {})).toEqual(['124', '125']);
    expect(data?.['124']?.error).toBe('notInSequence');
  });

  it('rejects 101 contact ids', async () => {
    const contactIds = Array.from({ length: 101 }, (_, index) => index + 1);
    const { error, response } = await client.POST(path, {
      params: { path: { id: 100 } },
      body: { contactIds, statusInSequence: 'paused' },
    });
    expect(response.status).toBe(400);
    expect(isValidationProblem(error)).toBe(true);
    expect(violations(response)).toContainEqual(
      expect.objectContaining({ location: ['request', 'body', 'contactIds'], code: 'maxItems' }),
    );
  });

  it('rejects an empty list and a non-positive id', async () => {
    for (const contactIds of [[], [0]]) {
      const { response } = await client.POST(path, { params: { path: { id: 100 } }, body: { contactIds, statusInSequence: 'paused' } });
      expect(response.status).toBe(400);
      expect(violations(response).length).toBeGreaterThan(0);
    }
  });

  it('rejects a missing statusInSequence', async () => {
    const { response } = await client.POST(path, {
      params: { path: { id: 100 } },
      // @ts-expect-error statusInSequence is required
      body: { contactIds: [1] },
    });
    expect(response.status).toBe(400);
    expect(violations(response)).toContainEqual(expect.objectContaining({ code: 'required', message: expect.stringContaining('statusInSequence') }));
  });

  it('rejects inactive, which only Reply itself can set', async () => {
    const { response } = await client.POST(path, {
      params: { path: { id: 100 } },
      // @ts-expect-error inactive is not writable
      body: { contactIds: [1], statusInSequence: 'inactive' },
    });
    expect(response.status).toBe(400);
    expect(violations(response)).toContainEqual(expect.objectContaining({ location: ['request', 'body', 'statusInSequence'] }));
  });

  it('parses Prefer: code=404 into the sequenceNotFound problem', async () => {
    const { error, response } = await client.POST(path, {
      params: { path: { id: 999 } },
      body: { contactIds: [1], statusInSequence: 'active' },
      headers: { Prefer: 'code=404' },
    });
    expect(response.status).toBe(404);
    expect(error).toMatchObject({ code: 'sequenceContact.sequenceNotFound' });
  });

  it('parses Prefer: code=429 with Retry-After', async () => {
    const { error, response } = await client.POST(path, {
      params: { path: { id: 100 } },
      body: { contactIds: [1], statusInSequence: 'active' },
      headers: { Prefer: 'code=429' },
    });
    expect(response.status).toBe(429);
    expect(error?.status).toBe(429);
    expect(Number(response.headers.get('Retry-After'))).toBeGreaterThan(0);
  });
});
