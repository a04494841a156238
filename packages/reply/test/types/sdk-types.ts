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
  // Responses carry either spelling (the docs' camelCase, live traffic's PascalCase), or a later one.
  const size: Schemas['CompanySize'] | Schemas['CompanySizeInput'] | (string & {}) | undefined = contact.companySize;
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
  // Outcome statuses are open like every response enum: a status Reply adds later passes through…
  const laterStatus: (typeof outcomes)[number]['status'] = 'duplicated';
  // …while the known ones stay literal.
  const knownStatuses: Equal<KnownValues<(typeof outcomes)[number]['status']>, 'created' | 'updated' | 'skipped' | 'restored' | 'failed' | 'unknown'> = true;
  void laterStatus, knownStatuses;
}

/** The literal members of an open enum: `(string & {})` dropped, what editors offer as completions. */
type KnownValues<T> = T extends string ? (string extends T ? never : T) : never;
type Equal<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

export async function responseEnumsAreOpen() {
  const contact = await reply.contacts.get({ id: 1 });
  // A value the spec does not list yet still type-checks: response enums are open.
  const future: typeof contact.companySize = 'someBracketReplyAddsLater';
  const inline: typeof contact.phoneStatus = 'someStatusReplyAddsLater';
  // …and the known values are still there, literally, for completion and comparison.
  const known: Equal<KnownValues<Exclude<typeof contact.companySize, undefined>>, Schemas['CompanySize'] | Schemas['CompanySizeInput']> = true;
  const knownInline: Equal<KnownValues<Exclude<typeof contact.phoneStatus, undefined>>, 'pending' | 'invalid' | 'valid' | 'validationFailed' | 'notValidated'> = true;
  const listed: typeof contact.companySize = 'oneThousand';
  // @ts-expect-error open to strings, not to anything: a number is still wrong
  const notAString: typeof contact.companySize = 1000;
  // A component both sent and received stays closed as a named type.
  // @ts-expect-error Schemas['CompanySizeInput'] is what requests take, closed
  const closed: Schemas['CompanySizeInput'] = 'someBracketReplyAddsLater';
  void future, inline, known, knownInline, listed, notAString, closed;
}

export async function requestEnumsStayClosed() {
  // @ts-expect-error a value the request enum does not list does not compile
  await reply.contacts.update({ id: 1, body: { companySize: 'SomeBracketReplyAddsLater' } });
  // @ts-expect-error nor in a query or nested body enum
  await reply.sequences.contacts.setStatus({ id: 1, body: { contactIds: [1], statusInSequence: 'someStatusReplyAddsLater' } });
  await reply.contacts.update({ id: 1, body: { companySize: 'OneThousand' } });
}
