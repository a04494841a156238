// The SDK against the stateful mock's MSW handlers in this process: no server, no port. The same
// engine as `pnpm mock`, so a created contact can be fetched, listed to the end, updated and deleted.
import { handlers } from '@engagekit/mock/msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BadRequestError, NotFoundError, Reply } from '../src/index.js';

const mock = handlers('reply-v3');
const server = setupServer(...mock, ...handlers('reply-v4'));
let reply: Reply;

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  // Built after listen: the SDK takes the global fetch when it is constructed, and MSW patches it.
  reply = new Reply({ apiKey: 'msw-test-key', rateLimit: false, logLevel: 'off', maxRetries: 0 });
});
afterAll(() => server.close());

it('creates, gets, lists to the end, updates and deletes a contact with no server', async () => {
  const created = await reply.contacts.create({ body: { email: 'msw@example.com', firstName: 'Grace', lastName: 'Hopper' } });
  expect(created).toMatchObject({ email: 'msw@example.com', firstName: 'Grace', lastName: 'Hopper' });
  const id = created.id;
  if (id === undefined) throw new Error('the created contact has no id');

  expect(await reply.contacts.get({ id: id })).toEqual(created);

  const emails: (string | null | undefined)[] = [];
  for await (const contact of reply.contacts.list({ top: 1 })) emails.push(contact.email);
  expect(emails.filter((email) => email === 'msw@example.com')).toHaveLength(1);
  expect(emails.length).toBeGreaterThan(1);

  await reply.contacts.update({ id, body: { title: 'Rear Admiral' } });
  expect(await reply.contacts.get({ id: id })).toMatchObject({ title: 'Rear Admiral' });

  await reply.contacts.delete({ id: id });
  await expect(reply.contacts.get({ id: id })).rejects.toBeInstanceOf(NotFoundError);
});

it('answers an invalid body with a 400 naming the member, as the HTTP mock does', async () => {
  const error = await reply.contacts.create({ body: { email: 'x@example.com', firstName: 42 as unknown as string } }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(BadRequestError);
  expect(new Set((error as BadRequestError).errors.map((entry) => entry.pointer))).toEqual(new Set(['/firstName']));
});

it('resets to the seed through the engine', async () => {
  const created = await reply.contacts.create({ body: { email: 'gone@example.com', firstName: 'Gone' } });
  (await mock.engine).reset();
  await expect(reply.contacts.get({ id: created.id! })).rejects.toBeInstanceOf(NotFoundError);
  expect((await reply.contacts.get({ id: 12345 })).email).toBe('john.doe@company.com');
});

it('leaves paths of another API on the same origin to that API’s handlers (v3 and v4 share api.reply.io)', async () => {
  const contact = await reply.v4.sequences.contacts.get({ id: 100, contact_id: 12345 });
  expect(contact).toBeDefined();
});
