// Type-level tests: every @ts-expect-error below must be an error, or `tsc --noEmit` fails.
// Nothing here runs; the requests are never sent.
import { createClient as createReplyV3, type Schemas as ReplyV3 } from '@engagekit/reply-v3';
import { createClient as createReplyV4 } from '@engagekit/reply-v4';
import { createClient as createWhippy } from '@engagekit/whippy-v1';

declare const v3: ReturnType<typeof createReplyV3>;
declare const v4: ReturnType<typeof createReplyV4>;
declare const whippy: ReturnType<typeof createWhippy>;

export async function misspelledFields() {
  // @ts-expect-error misspelled field name (firstname)
  await v3.PATCH('/v3/contacts/{id}', { params: { path: { id: 1 } }, body: { firstname: 'Jane' } });
  // @ts-expect-error misspelled field name (contactId instead of contactIds)
  await v3.POST('/v3/sequences/{id}/contacts/set-status-in-sequence', { params: { path: { id: 1 } }, body: { contactId: [1], statusInSequence: 'active' } });
  // @ts-expect-error misspelled field name (Status)
  await v4.PUT('/v4/sequences/{id}/contact-links/{contact_id}/status', { params: { path: { id: 1, contact_id: 1 } }, body: { Status: 'Active' } });
  // @ts-expect-error misspelled field name (sequenceId instead of sequence_id)
  await whippy.POST('/contacts/{id}/sequences', { params: { path: { id: 'x' } }, body: { sequenceId: 'x' } });
}

export async function wrongEnums() {
  // @ts-expect-error callStatus has no "calling"
  await v3.PATCH('/v3/contacts/{id}', { params: { path: { id: 1 } }, body: { callStatus: 'calling' } });
  // @ts-expect-error v3 set-status is camelCase
  await v3.POST('/v3/sequences/{id}/contacts/set-status-in-sequence', { params: { path: { id: 1 } }, body: { contactIds: [1], statusInSequence: 'Active' } });
  // @ts-expect-error sequence_status has no "paused"
  await whippy.POST('/contacts/{id}/sequences', { params: { path: { id: 'x' } }, body: { sequence_status: 'paused' } });
}

export async function wrongPathsAndParams() {
  // Each call passes the path alone, so the path (or the method) is the only thing an error can be
  // about; the lines without a directive show the same shape compiling on a real path.
  await v3.GET('/v3/contacts');
  // @ts-expect-error unknown path
  await v3.GET('/v3/contact');
  // @ts-expect-error unknown path
  await v3.GET('/v3/contact/{id}');
  // @ts-expect-error GET is not defined on the set-status path
  await v3.GET('/v3/sequences/{id}/contacts/set-status-in-sequence');
  // The same, on the URL parameter's type alone: no init is involved at all.
  const getPath: Parameters<typeof v3.GET>[0] = '/v3/contacts/{id}';
  // @ts-expect-error unknown path
  const unknownPath: Parameters<typeof v3.GET>[0] = '/v3/no-such-path';
  // @ts-expect-error GET is not defined on the set-status path
  const postOnlyPath: Parameters<typeof v3.GET>[0] = '/v3/sequences/{id}/contacts/set-status-in-sequence';
  void getPath, unknownPath, postOnlyPath;
  // @ts-expect-error contact_id is missing
  await v4.GET('/v4/sequences/{id}/contacts/{contact_id}', { params: { path: { id: 1 } } });
}

export async function responsesAreTyped() {
  const { data, error } = await v3.GET('/v3/contacts/{id}', { params: { path: { id: 1 } } });
  if (data) {
    // The docs spell response company sizes in camelCase, live traffic in PascalCase: both are typed,
    // and response enums are open: a string the spec does not list yet is accepted too.
    const size: ReplyV3['CompanySize'] | ReplyV3['CompanySizeInput'] | (string & {}) | undefined = data.companySize;
    // …and still strings: their methods are callable.
    const lower: string | undefined = data.companySize?.toLowerCase();
    const later: typeof data.companySize = 'someBracketReplyAddsLater';
    void lower, later;
    // @ts-expect-error a response value is not narrowed to one request spelling
    const pascal: 'OneThousand' | undefined = data.companySize;
    // @ts-expect-error isOptedOut is a boolean
    const optedOut: string = data.isOptedOut;
    void size, pascal, optedOut;
  }
  if (error && 'code' in error) {
    // Reply's docs show problem bodies without `code`, so it is optional (specs/CONVENTIONS.md).
    const code: string | undefined = error.code;
    // @ts-expect-error code may be absent
    const required: string = error.code;
    void code, required;
  }
  const v4Contact = await v4.GET('/v4/sequences/{id}/contacts/{contact_id}', { params: { path: { id: 1, contact_id: 2 } } });
  // @ts-expect-error icpScore may be null or missing
  const score: number = v4Contact.data!.icpScore;
  void score;
}
