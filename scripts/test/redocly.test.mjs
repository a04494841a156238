import { mkdtempSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleSpec, formatProblem, lintApi, redoclyConfig, runRedocly } from '../lib/redocly.mjs';
import { smallRepo } from './fixtures.mjs';

// Bundling and linting run in process on @redocly/openapi-core. The CLI carries its own copy of that
// engine, so the first two checks hold the in-process results to the CLI's on the small fixture
// specs: a bump of one package without the other that changes a bundle or a lint finding fails here.
const shopRoot = 'specs/shop/v1/openapi.yaml';
const itemPath = 'specs/shop/v1/paths/items_{id}.yaml';
const configOf = (repo) => path.join(repo.root, 'redocly.yaml');

/** The CLI's problems, in the shape lintApi gives. */
function cliProblems(report) {
  return report.problems.map((problem) => {
    const at = problem.location[0];
    return { file: at.source.ref, line: at.start.line, col: at.start.col, severity: problem.severity, rule: problem.ruleId, message: problem.message };
  });
}

describe('redocly in process', () => {
  it('bundles a multi-file spec exactly as `redocly bundle --ext=json` does', async () => {
    const repo = smallRepo();
    // The CLI writes the top-level keys in OpenAPI's order whatever the file's order.
    repo.edit(shopRoot, (text) => `${text.replace('openapi: 3.1.0\n', '').trimEnd()}\nopenapi: 3.1.0\n`);
    const scratch = mkdtempSync(path.join(tmpdir(), 'engagekit-cli-bundle-'));
    try {
      const output = path.join(scratch, 'shop-v1.json');
      const cli = await runRedocly(['bundle', shopRoot, `--output=${output}`, '--ext=json'], { cwd: repo.root });
      expect(cli.code).toBe(0);
      const bundled = await bundleSpec(shopRoot, { configPath: configOf(repo) });
      // Same keys in the same order: the generated files are rendered from this JSON.
      expect(JSON.stringify(bundled)).toBe(JSON.stringify(JSON.parse(readFileSync(output, 'utf8'))));
      expect(JSON.stringify(bundled)).toMatch(/"\$ref":"#\/components\//);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('finds the problems `redocly lint <api>` finds, at the same file, line and column', async () => {
    const repo = smallRepo();
    repo.edit(itemPath, (text) => text.replace('                size: small', '                size: tiny').replace('  operationId: GetItem\n', ''));
    const cli = await runRedocly(['lint', 'shop-v1', '--format=json', `--config=${configOf(repo)}`], { cwd: repo.root });
    const problems = await lintApi('shop-v1', { configPath: configOf(repo) });
    expect(problems.map((problem) => problem.rule).sort()).toEqual(['no-invalid-media-type-examples', 'operation-operationId']);
    expect(problems).toEqual(cliProblems(JSON.parse(cli.stdout)));
  });

  it("applies an API's own rules from redocly.yaml over the shared ones", async () => {
    const repo = smallRepo();
    repo.edit(itemPath, (text) => text.replace('  operationId: GetItem\n', ''));
    const before = await lintApi('shop-v1', { configPath: configOf(repo) });
    expect(before.map((problem) => problem.rule)).toEqual(['operation-operationId']);
    repo.edit('redocly.yaml', (text) => text.replace('    root: specs/shop/v1/openapi.yaml\n', '    root: specs/shop/v1/openapi.yaml\n    rules: { operation-operationId: off }\n'));
    expect(await lintApi('shop-v1', { configPath: configOf(repo) })).toEqual([]);
    // The other API keeps the shared rule.
    repo.edit('specs/notes/v1/openapi.yaml', (text) => text.replace(/ {6}operationId: ListNotes\n/, ''));
    expect((await lintApi('notes-v1', { configPath: configOf(repo) })).map((problem) => problem.rule)).toEqual(['operation-operationId']);
  });

  it('fails a bundle with an unresolvable $ref, naming the file, line and column', async () => {
    const repo = smallRepo();
    repo.edit(itemPath, (text) => text.replace(/\$ref: [^\n]*/, '$ref: ../components/missing.yaml'));
    const line = repo.lineOf(itemPath, 'missing.yaml');
    await expect(bundleSpec(shopRoot, { configPath: configOf(repo) })).rejects.toThrow(
      new RegExp(`redocly bundle ${shopRoot.replaceAll('.', '\\.')} failed:\\n {2}specs/shop/v1/paths/items_\\{id\\}\\.yaml:${line}:\\d+  error  .*missing\\.yaml`),
    );
  });

  it('reports unparseable YAML at its line, and a missing root file, as problems instead of crashing', async () => {
    const repo = smallRepo();
    repo.edit(shopRoot, (text) => text.replace('openapi: 3.1.0', 'openapi: [3.1.0'));
    const [broken] = await lintApi('shop-v1', { configPath: configOf(repo) });
    expect(broken).toMatchObject({ file: shopRoot, severity: 'error', rule: 'parse' });
    expect(formatProblem(broken)).toMatch(/^specs\/shop\/v1\/openapi\.yaml:\d+:\d+  error  parse  /);
    await expect(bundleSpec(shopRoot, { configPath: configOf(repo) })).rejects.toThrow(/specs\/shop\/v1\/openapi\.yaml:\d+:\d+  error  parse/);

    rmSync(path.join(repo.root, 'specs/notes/v1/openapi.yaml'));
    expect(await lintApi('notes-v1', { configPath: configOf(repo) })).toEqual([
      { file: 'specs/notes/v1/openapi.yaml', severity: 'error', rule: 'parse', message: 'specs/notes/v1/openapi.yaml does not exist' },
    ]);
  });

  it('reports a redocly.yaml it cannot load as a problem of that file, and fails a bundle naming it', async () => {
    const repo = smallRepo();
    repo.edit('redocly.yaml', (text) => text.replace('  - recommended', '  - no-such-preset'));
    expect(await lintApi('shop-v1', { configPath: configOf(repo) })).toEqual([
      { file: 'redocly.yaml', severity: 'error', rule: 'config', message: expect.stringMatching(/^cannot load the configuration: .*no-such-preset/) },
    ]);
    await expect(bundleSpec(shopRoot, { configPath: configOf(repo) })).rejects.toThrow(/redocly bundle .* failed: cannot load .*redocly\.yaml: .*no-such-preset/);
  });

  it('loads a redocly.yaml once, and again after it changes', async () => {
    const repo = smallRepo();
    const first = await redoclyConfig(configOf(repo));
    expect(await redoclyConfig(configOf(repo))).toBe(first);
    repo.edit('redocly.yaml', (text) => `${text}\n# touched\n`);
    // The cache key is the mtime, and a rewrite within the file system's timestamp resolution keeps it.
    const later = new Date(Date.now() + 5_000);
    utimesSync(configOf(repo), later, later);
    expect(await redoclyConfig(configOf(repo))).not.toBe(first);
  });
});
