import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, lintSpecs } from '../lint-specs.mjs';
import { copyOfSpecs } from './fixtures.mjs';

const whippyPath = 'specs/whippy/v1/paths/contacts_{id}_sequences.yaml';

describe('lint-specs', () => {
  it('reports an example that breaks its schema with the file and line', async () => {
    const copy = copyOfSpecs();
    copy.edit(whippyPath, (text) => text.replace('                total: 2', '                total: two'));
    const results = await lintSpecs({ configPath: path.join(copy.root, 'redocly.yaml') });
    const whippy = results.find((result) => result.api === 'whippy-v1');
    expect(whippy.problems).toHaveLength(1);
    const [problem] = whippy.problems;
    expect(problem).toMatchObject({ file: whippyPath, severity: 'error', rule: 'no-invalid-media-type-examples' });
    expect(problem.line).toBe(copy.lineOf(whippyPath, 'total: two'));
    expect(formatProblem(problem)).toMatch(new RegExp(`^specs/whippy/v1/paths/contacts_\\{id\\}_sequences\\.yaml:${problem.line}:\\d+  error`));
    expect(results.filter((result) => result.api !== 'whippy-v1').every((result) => result.problems.length === 0)).toBe(true);
  });

  it('fails an operation without a 4xx response and one without an operationId', async () => {
    const copy = copyOfSpecs();
    copy.edit('specs/reply/v4/paths/v4_sequences_{id}_contacts_{contact_id}.yaml', (text) =>
      text.replace('  operationId: GetSequenceContact\n', ''),
    );
    const results = await lintSpecs({ configPath: path.join(copy.root, 'redocly.yaml') });
    const rules = results.find((result) => result.api === 'reply-v4').problems.map((problem) => problem.rule);
    expect(rules).toContain('operation-operationId');
  });

  it('reports a YAML syntax error instead of crashing', async () => {
    const copy = copyOfSpecs();
    copy.edit('specs/reply/v3/openapi.yaml', (text) => text.replace('openapi: 3.1.0', 'openapi: [3.1.0'));
    const results = await lintSpecs({ configPath: path.join(copy.root, 'redocly.yaml') });
    const v3 = results.find((result) => result.api === 'reply-v3');
    expect(v3.problems.length).toBeGreaterThan(0);
    expect(v3.problems.map(formatProblem).join('\n')).toMatch(/openapi\.yaml/);
  });
});
