import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyPatches, checkDrift, runDrift } from '../drift.mjs';
import { lintSpecs } from '../lint-specs.mjs';
import { repoRoot } from '../lib/registry.mjs';
import { createSourceMapper } from '../lib/spec-source.mjs';
import { patchYaml } from '../lib/yaml-patch.mjs';

// Given: a one-API fixture repository (redocly.yaml + specs/pets/v1 with three recordings that
// break it the ways real traffic does). Want: want/groups.json and the patched files under want/.
const fixtures = path.join(repoRoot, 'scripts/test/fixtures/drift');
const given = path.join(fixtures, 'repo');
const want = path.join(fixtures, 'want');
const temps = [];
function copyOfFixture() {
  const root = mkdtempSync(path.join(tmpdir(), 'engagekit-drift-'));
  temps.push(root);
  cpSync(given, root, { recursive: true });
  return root;
}
afterAll(() => {
  for (const root of temps) rmSync(root, { recursive: true, force: true });
});

const summary = (groups) =>
  groups.map((group) => ({
    where: `${group.file}${group.pointer}`,
    keyword: group.keyword,
    drift: group.drift,
    recordings: group.recordings,
    operations: group.operations,
    patch: group.patch?.text,
  }));

describe('pnpm drift', () => {
  it('groups violations and drift by the source file and pointer they trace back to, with counts and a patch each', async () => {
    const { groups, unmatched, recordings } = await checkDrift({ root: given });
    expect(recordings).toHaveLength(3);
    expect(unmatched).toEqual([]);
    expect(summary(groups)).toEqual(JSON.parse(readFileSync(path.join(want, 'groups.json'), 'utf8')));
  }, 120_000);

  it('writes the patches into the YAML, changing only the patched nodes', async () => {
    const root = copyOfFixture();
    const { groups } = await checkDrift({ root });
    const changed = await applyPatches(groups, root);
    const expected = ['components/schemas/Pet.yaml', 'components/schemas/Problem.yaml', 'components/schemas/Status.yaml', 'paths/v1_pets.yaml'];
    expect(changed.sort()).toEqual(expected.map((file) => `specs/pets/v1/${file}`).sort());
    for (const file of expected) {
      expect(readFileSync(path.join(root, 'specs/pets/v1', file), 'utf8'), file).toBe(readFileSync(path.join(want, file), 'utf8'));
    }
  }, 120_000);

  it('round trip: after --apply the recordings validate, lint is clean, the changelog shows the effect and the check passes', async () => {
    const root = copyOfFixture();
    const problems = async () => (await lintSpecs({ configPath: path.join(root, 'redocly.yaml') })).flatMap((result) => result.problems);
    expect(await problems()).toEqual([]);
    expect(await runDrift({ root })).toBe(1);
    expect(await runDrift({ root, apply: true })).toBe(0);
    const after = await checkDrift({ root });
    expect(after.groups).toEqual([]);
    expect(await problems()).toEqual([]);
    const changelog = readFileSync(path.join(root, 'specs/pets/v1/CHANGELOG.md'), 'utf8');
    expect(changelog).toContain('GET /v1/pets/{id} response 200.name: type changed from string to null|string');
    expect(changelog).toContain('GET /v1/pets/{id} response 200.nickname: optional field added (string)');
    expect(existsSync(path.join(root, 'packages/pets-v1/src/generated/validators.js'))).toBe(true);
    expect(readFileSync(path.join(root, 'packages/pets-v1/src/generated/openapi.ts'), 'utf8')).toMatch(/nickname\?: string/);
  }, 300_000);
});

describe('spec source mapping', () => {
  const sourceOf = createSourceMapper(repoRoot);
  it.each([
    ['#/components/schemas/Contact/properties/company', 'specs/reply/v3/components/schemas/Contact.yaml#/properties/company'],
    ['#/components/schemas/ProblemDetails', 'specs/reply/common/components/schemas/ProblemDetails.yaml#'],
    ['#/paths/~1v3~1contacts~1{id}/get/responses/200/content/application~1json/schema', 'specs/reply/v3/components/schemas/Contact.yaml#'],
    ['#/paths/~1v3~1contacts/get/responses/200/content/application~1json/schema/allOf/1/properties/items', 'specs/reply/v3/paths/v3_contacts.yaml#/get/responses/200/content/application~1json/schema/allOf/1/properties/items'],
  ])('reply-v3 %s → %s', (schemaPath, source) => {
    const found = sourceOf('specs/reply/v3/openapi.yaml', schemaPath);
    expect(`${found.file}${found.pointer}`).toBe(source);
  });
});

describe('YAML patching keeps everything it does not change', () => {
  const source = ['# head comment', 'type: object', 'required: [id, name]   # both always sent', 'properties:', '  id: {type: integer}', '  kind:', '    type: string', '    enum:', '    - a', "    - 'b c'", '    format: uuid', 'x-note: >-', '  folded', '  text', ''].join('\n');
  it('adds to flow and block lists, removes from them, sets, deletes and adds members in place', () => {
    const out = patchYaml(source, [
      { op: 'removeFromList', path: [], key: 'required', value: 'name' },
      { op: 'addToList', path: ['properties', 'kind'], key: 'type', value: 'null' },
      { op: 'addToList', path: ['properties', 'kind'], key: 'enum', value: 'it\'s' },
      { op: 'deleteKey', path: ['properties', 'kind'], key: 'format' },
      { op: 'addProperty', path: [], name: 'extra', schema: { type: 'boolean' } },
    ]);
    expect(out).toBe(['# head comment', 'type: object', 'required: [id]   # both always sent', 'properties:', '  id: {type: integer}', '  kind:', "    type: [string, 'null']", '    enum:', '    - a', "    - 'b c'", "    - 'it''s'", '  extra:', '    type: boolean', 'x-note: >-', '  folded', '  text', ''].join('\n'));
  });

  it('drops a list that loses its last item, and adds properties to a schema without any', () => {
    const out = patchYaml('type: object\nrequired:\n  - code\n', [
      { op: 'removeFromList', path: [], key: 'required', value: 'code' },
      { op: 'addProperty', path: [], name: 'code', schema: { type: ['string', 'null'] } },
    ]);
    expect(out).toBe("type: object\nproperties:\n  code:\n    type: [string, 'null']\n");
  });
});
