// The mocks show what the evidence policy says (specs/CONVENTIONS.md, "Evidence"): every success
// response whose model has nullable members offers a `sparse` example with those members null, and
// Prism serves it on `Prefer: example=sparse`.
import { resolveRef } from '@engagekit/test-support';
import { describe, expect, it } from 'vitest';
import { bundledSpec, mockUrl } from './support.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const APIS = ['reply-v3', 'reply-v4', 'whippy-v1'];

function members(spec: Json, schema: Json): Record<string, Json> {
  const s = resolveRef(spec, schema);
  let out: Record<string, Json> = { ...(s?.properties ?? {}) };
  for (const part of s?.allOf ?? []) out = { ...out, ...members(spec, part) };
  return out;
}

const isNullable = (spec: Json, schema: Json): boolean => {
  const s = schema.$ref ? resolveRef(spec, schema) : schema;
  return (Array.isArray(s?.type) && s.type.includes('null')) || [...(s?.oneOf ?? []), ...(s?.anyOf ?? [])].some((b: Json) => b.type === 'null');
};

/** Pointers of the members of `value` the schema makes nullable, top level and list items. */
function nullablePointers(spec: Json, schema: Json, value: Json, at = ''): string[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  const declared = members(spec, schema);
  const found: string[] = [];
  for (const [name, member] of Object.entries(value)) {
    const memberSchema = declared[name];
    if (!memberSchema) continue;
    if (isNullable(spec, memberSchema)) found.push(`${at}/${name}`);
    else if (name === 'items' && Array.isArray(member)) {
      const items = resolveRef(spec, memberSchema).items;
      member.forEach((item: Json, i: number) => found.push(...nullablePointers(spec, items, item, `${at}/items/${i}`)));
    }
  }
  return found;
}

const at = (value: Json, pointer: string) => pointer.split('/').slice(1).reduce((v: Json, k) => v?.[k], value);

describe('sparse examples', () => {
  for (const api of APIS) {
    it(`${api}: every success response with nullable members in its example has a sparse example with them null`, () => {
      const spec = bundledSpec(api);
      const missing: string[] = [];
      let checked = 0;
      for (const item of Object.values<Json>(spec.paths)) {
        for (const operation of Object.values<Json>(item)) {
          for (const [status, response] of Object.entries<Json>(operation?.responses ?? {})) {
            if (!status.startsWith('2')) continue;
            const media = resolveRef(spec, response).content?.['application/json'];
            if (!media?.examples) continue;
            const first = resolveRef(spec, Object.values<Json>(media.examples)[0]).value;
            const pointers = nullablePointers(spec, media.schema, first).filter((p) => at(first, p) !== null);
            if (!pointers.length) continue;
            checked += 1;
            const sparse = media.examples.sparse && resolveRef(spec, media.examples.sparse).value;
            if (!sparse) missing.push(`${operation.operationId} ${status}: no sparse example`);
            else for (const p of pointers) if (at(sparse, p) !== null) missing.push(`${operation.operationId} ${status}: ${p} not null`);
          }
        }
      }
      expect(missing).toEqual([]);
      if (api !== 'whippy-v1') expect(checked).toBeGreaterThan(0);
    });
  }

  it('Prism serves the sparse contact on Prefer: example=sparse', async () => {
    const response = await fetch(`${mockUrl('reply-v3')}/v3/contacts/12345`, {
      headers: { authorization: 'Bearer contract-test-key', prefer: 'example=sparse' },
    });
    expect(response.status).toBe(200);
    const contact = (await response.json()) as Record<string, unknown>;
    expect(contact).toMatchObject({ id: 12345, company: null, email: null, customFields: null });
  });

  it('Prism serves a sparse list item on Prefer: example=sparse', async () => {
    const response = await fetch(`${mockUrl('reply-v4')}/v4/sequences/100/contacts?top=10`, {
      headers: { 'x-api-key': 'contract-test-key', prefer: 'example=sparse' },
    });
    expect(response.status).toBe(200);
    const page = (await response.json()) as { items: Record<string, unknown>[] };
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.some((item) => Object.values(item).includes(null))).toBe(true);
  });
});
