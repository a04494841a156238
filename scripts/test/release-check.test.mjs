import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleAll } from '../generate.mjs';
import { loadRegistry } from '../lib/registry.mjs';
import { apiSurface, isBreakingBump, readSnapshot, recordReleases as recordReleasesOf, releaseCheck as releaseCheckOf } from '../release-check.mjs';

const fixtures = fileURLToPath(new URL('./fixtures/diff/', import.meta.url));
const script = fileURLToPath(new URL('../release-check.mjs', import.meta.url));
const roots = [];

// Each distinct spec text is bundled once (by Redocly, for real) and reused: a Redocly start costs
// more than everything else here. The command-line test at the end bundles on its own.
const bundles = new Map();
async function bundled(root) {
  const text = readFileSync(path.join(root, 'specs/things/v1/openapi.yaml'), 'utf8');
  if (!bundles.has(text)) bundles.set(text, await bundleAll(loadRegistry(path.join(root, 'redocly.yaml')), root));
  return bundles.get(text);
}
const releaseCheck = async (root) => releaseCheckOf(root, { bundles: await bundled(root) });
const recordReleases = async (root) => recordReleasesOf(root, { bundles: await bundled(root) });

/**
 * A small workspace shaped like ours: one API (`things-v1`, the differ's fixture spec), its client
 * package, and an SDK package that re-exports it. Its release snapshot is recorded from the
 * fixture's `before.yaml`.
 */
async function workspace({ version = '0.1.0' } = {}) {
  const root = mkdtempSync(path.join(tmpdir(), 'engagekit-release-'));
  roots.push(root);
  const write = (relative, contents) => {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    writeFileSync(path.join(root, relative), typeof contents === 'string' ? contents : `${JSON.stringify(contents, null, 2)}\n`);
  };
  write('package.json', { name: 'fixture', private: true });
  write('pnpm-workspace.yaml', 'packages:\n  - "packages/*"\n');
  write('redocly.yaml', 'apis:\n  things-v1:\n    root: specs/things/v1/openapi.yaml\n    x-engagekit: { package: things-v1, mockPort: 4999, apiKeyEnv: THINGS_API_KEY }\n');
  write('specs/things/v1/openapi.yaml', readFileSync(path.join(fixtures, 'before.yaml'), 'utf8'));
  write('packages/things-v1/package.json', { name: '@engagekit/things-v1', version });
  write('packages/things/package.json', { name: '@engagekit/things', version, dependencies: { '@engagekit/things-v1': 'workspace:*' } });
  write('packages/private-tests/package.json', { name: '@engagekit/private-tests', private: true, dependencies: { '@engagekit/things-v1': 'workspace:*' } });
  cpSync(fileURLToPath(new URL('../../.changeset/config.json', import.meta.url)), path.join(root, '.changeset/config.json'));
  expect(await recordReleases(root)).toEqual([`things-v1 (@engagekit/things-v1@${version})`]);
  return {
    root,
    /** Replaces the spec with the differ fixture's `after.yaml`: an operation removed, a type changed, … */
    breakSpec: () => write('specs/things/v1/openapi.yaml', readFileSync(path.join(fixtures, 'after.yaml'), 'utf8')),
    changeSpec: (edit) => write('specs/things/v1/openapi.yaml', edit(readFileSync(path.join(root, 'specs/things/v1/openapi.yaml'), 'utf8'))),
    changeset: (name, bumps) => write(`.changeset/${name}.md`, `---\n${Object.entries(bumps).map(([pkg, bump]) => `"${pkg}": ${bump}`).join('\n')}\n---\n\nWhat changed.\n`),
    setVersion: (pkg, next) => {
      const file = path.join(root, 'packages', pkg, 'package.json');
      writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), version: next }));
    },
  };
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('release gate', { timeout: 180_000 }, () => {
  it('passes while the spec matches the last release', async () => {
    const { root } = await workspace();
    const { problems, report } = await releaseCheck(root);
    expect(problems).toEqual([]);
    expect(report).toEqual(['things-v1: no breaking change since @engagekit/things-v1@0.1.0']);
  });

  it('fails on a breaking spec change without a changeset, naming the client and the SDK that re-exports it', async () => {
    const fixture = await workspace();
    fixture.breakSpec();
    const { problems, report } = await releaseCheck(fixture.root);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^@engagekit\/things-v1@0\.1\.0 needs a breaking bump \(minor or major while 0\.x\) .* no pending changeset bumps it/);
    expect(problems[1]).toMatch(/^@engagekit\/things@0\.1\.0 needs a breaking bump/);
    expect(report.join('\n')).toContain('**breaking** operation removed: DELETE /things/{id} (DeleteThing)');
  });

  it('passes with a changeset that gives both packages a breaking bump, and fails while one is missing or too small', async () => {
    const fixture = await workspace();
    fixture.breakSpec();
    fixture.changeset('client-only', { '@engagekit/things-v1': 'minor' });
    expect((await releaseCheck(fixture.root)).problems).toEqual([expect.stringMatching(/^@engagekit\/things@0\.1\.0 needs a breaking bump .* only take it to 0\.1\.1/)]);
    fixture.changeset('sdk-patch', { '@engagekit/things': 'patch' });
    expect((await releaseCheck(fixture.root)).problems).toEqual([expect.stringMatching(/^@engagekit\/things@0\.1\.0 .* only take it to 0\.1\.1/)]);
    fixture.changeset('sdk-patch', { '@engagekit/things': 'minor' });
    const { problems, report } = await releaseCheck(fixture.root);
    expect(problems).toEqual([]);
    expect(report).toContain('  @engagekit/things: 0.1.0 -> 0.2.0 (breaking bump pending)');
  });

  it('from 1.0.0 on, needs a major changeset', async () => {
    const fixture = await workspace({ version: '1.2.0' });
    fixture.breakSpec();
    fixture.changeset('both', { '@engagekit/things-v1': 'minor', '@engagekit/things': 'minor' });
    expect((await releaseCheck(fixture.root)).problems).toHaveLength(2);
    fixture.changeset('both', { '@engagekit/things-v1': 'major', '@engagekit/things': 'major' });
    expect((await releaseCheck(fixture.root)).problems).toEqual([]);
  });

  it('lets a change that breaks no client through without a changeset', async () => {
    const fixture = await workspace();
    fixture.changeSpec((text) => text.replace("        tags: { type: array, items: { type: string } }\n", "        tags: { type: array, items: { type: string } }\n        nickname: { type: string }\n"));
    expect((await releaseCheck(fixture.root)).problems).toEqual([]);
  });

  it('compares with the new surface once the release is versioned and recorded', async () => {
    const fixture = await workspace();
    fixture.breakSpec();
    fixture.setVersion('things-v1', '0.2.0');
    fixture.setVersion('things', '0.2.0');
    expect(await recordReleases(fixture.root)).toEqual(['things-v1 (@engagekit/things-v1@0.2.0)']);
    expect(readSnapshot(fixture.root, 'things-v1').surface.paths['/things/{id}'].get.operationId).toBe('GetThing');
    expect((await releaseCheck(fixture.root)).problems).toEqual([]);
  });

  it('exits non-zero from the command line when it fails, and zero when it passes', async () => {
    const fixture = await workspace();
    const run = () => promisify(execFile)(process.execPath, [script, '--root', fixture.root]).then(() => 0, (error) => error.code);
    expect(await run()).toBe(0);
    fixture.breakSpec();
    expect(await run()).toBe(1);
  });
});

describe('breaking bumps', () => {
  it.each([
    ['1.2.3', '2.0.0', true],
    ['1.2.3', '1.3.0', false],
    ['0.1.0', '0.2.0', true],
    ['0.1.0', '1.0.0', true],
    ['0.1.0', '0.1.1', false],
    ['0.0.3', '0.0.4', true],
  ])('%s -> %s is breaking: %s', (from, to, breaking) => {
    expect(isBreakingBump(from, to)).toBe(breaking);
  });
});

describe('API surface', () => {
  it('drops prose and examples but keeps members that happen to be called description, tags or example', () => {
    const model = {
      type: 'object',
      description: 'A thing.',
      example: { description: 'x' },
      properties: { description: { type: 'string', description: 'Free text.' }, tags: { type: 'array', items: { type: 'string' } }, example: { type: 'boolean' } },
    };
    const spec = {
      paths: { '/things': { get: { summary: 'List', tags: ['Things'], parameters: [{ name: 'q', in: 'query', description: 'Search.' }], responses: { 200: { description: 'ok' } } } } },
      components: { schemas: { Thing: model } },
    };
    expect(apiSurface(spec)).toEqual({
      paths: { '/things': { get: { parameters: [{ name: 'q', in: 'query' }], responses: { 200: {} } } } },
      components: { schemas: { Thing: { type: 'object', properties: { description: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } }, example: { type: 'boolean' } } } } },
    });
  });
});
