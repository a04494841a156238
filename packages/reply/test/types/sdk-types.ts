// Type-level tests of the SDK surface: each @ts-expect-error must be an error or `tsc` fails.
import { Reply, type Schemas } from '../../src/index.js';

declare const reply: Reply;

export async function wrongFieldsEnumsAndParams() {
  // @ts-expect-error misspelled body field (firstname)
  await reply.contacts.update({ id: 1, body: { firstname: 'Jane' } });
  // @ts-expect-error wrong enum: the request takes PascalCase company sizes
  await reply.contacts.update({ id: 1, body: { companySize: 'oneThousand' } });
  // @ts-expect-error path parameters are integers
  await reply.contacts.get({ id: '12345' });
  // @ts-expect-error the path parameter is required
  await reply.contacts.get({});
  // @ts-expect-error inactive cannot be set by clients
  await reply.sequences.contacts.setStatus({ id: 1, body: { contactIds: [1], statusInSequence: 'inactive' } });
  // @ts-expect-error unknown query parameter
  await reply.contacts.list({ top: 10, limit: 10 });
  // @ts-expect-error v4 uses PascalCase statuses
  await reply.v4.sequences.contacts.setStatus({ id: 1, contact_id: 2, body: { status: 'active' } });
  // @ts-expect-error per-call options are typed too
  await reply.contacts.get({ id: 1 }, { timeout: '5s' });
}

export async function resultsAreTyped() {
  const contact = await reply.contacts.get({ id: 1 });
  // Responses carry either spelling: the docs' camelCase or the PascalCase live traffic shows.
  const size: Schemas['CompanySize'] | Schemas['CompanySizeInput'] | undefined = contact.companySize;
  // @ts-expect-error the response's email is a string (or null), not a number
  const email: number = contact.email;
  void size, email;

  for await (const item of reply.contacts.list({ top: 100 })) {
    const id: number | undefined = item.id;
    // @ts-expect-error list iteration yields Contact items, which have no hasMore
    void item.hasMore;
    void id;
  }
  for await (const page of reply.contacts.list().pages()) {
    const more: boolean = page.hasMore;
    void more;
  }
  const firstPage = await reply.contacts.list({ top: 5 });
  void firstPage.items;

  const { data, response } = await reply.contacts.get({ id: 1 }).withResponse();
  const status: number = response.status;
  void data.firstName, status;

  const outcomes = await reply.contacts.importAll([{ firstName: 'Jane' }]);
  // @ts-expect-error outcome statuses are a closed set
  const unknownStatus: (typeof outcomes)[number]['status'] = 'duplicated';
  void unknownStatus;
}
