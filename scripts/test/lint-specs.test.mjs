import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, lintSpecs } from '../lint-specs.mjs';
import { smallRepo } from './fixtures.mjs';

// The small fixture specs under the repository's own rules: each check lints two tiny specs.
const itemPath = 'specs/shop/v1/paths/items_{id}.yaml';
const notesPath = 'specs/notes/v1/openapi.yaml';
const lint = (repo) => lintSpecs({ configPath: path.join(repo.root, 'redocly.yaml') });
const problemsOf = (results, api) => results.find((result) => result.api === api).problems;

describe('lint-specs', () => {
  it('passes the untouched fixture', async () => {
    const results = await lint(smallRepo());
    expect(results.map(({ api, problems }) => [api, problems])).toEqual([
      ['shop-v1', []],
      ['notes-v1', []],
    ]);
  });

  it('reports an example that breaks its schema with the file and line', async () => {
    const repo = smallRepo();
    repo.edit(itemPath, (text) => text.replace('                size: small', '                size: tiny'));
    const results = await lint(repo);
    const problems = problemsOf(results, 'shop-v1');
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem).toMatchObject({ file: itemPath, severity: 'error', rule: 'no-invalid-media-type-examples' });
    expect(problem.line).toBe(repo.lineOf(itemPath, 'size: tiny'));
    expect(formatProblem(problem)).toMatch(new RegExp(`^specs/shop/v1/paths/items_\\{id\\}\\.yaml:${problem.line}:\\d+  error`));
    expect(problemsOf(results, 'notes-v1')).toEqual([]);
  });

  it('fails an operation without a 4xx response and one without an operationId', async () => {
    const repo = smallRepo();
    // ListNotes documents one 4xx (422); remove it, so it documents none.
    repo.edit(notesPath, (text) => text.replace(/ {8}'422':\n(?: {10}.*\n)+/, ''));
    expect(repo.read(notesPath)).not.toMatch(/'4\d\d':/);
    repo.edit(itemPath, (text) => text.replace('  operationId: GetItem\n', ''));
    const results = await lint(repo);
    expect(problemsOf(results, 'notes-v1').map((problem) => problem.rule)).toEqual(['operation-4xx-response']);
    expect(problemsOf(results, 'shop-v1').map((problem) => problem.rule)).toEqual(['operation-operationId']);
  });

  it('reports a YAML syntax error instead of crashing', async () => {
    const repo = smallRepo();
    repo.edit('specs/shop/v1/openapi.yaml', (text) => text.replace('openapi: 3.1.0', 'openapi: [3.1.0'));
    const results = await lint(repo);
    const problems = problemsOf(results, 'shop-v1');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map(formatProblem).join('\n')).toMatch(/openapi\.yaml/);
  });
});
