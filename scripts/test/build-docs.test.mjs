import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocs } from '../build-docs.mjs';

describe('build-docs', () => {
  it('writes one HTML reference per spec, with its operations in it', async () => {
    const results = await buildDocs(mkdtempSync(path.join(tmpdir(), 'engagekit-docs-')));
    expect(results.map((result) => result.api)).toEqual(['reply-v3', 'reply-v4', 'whippy-v1']);
    expect(results.filter((result) => result.error)).toEqual([]);
    const html = readFileSync(results.find((result) => result.api === 'whippy-v1').output, 'utf8');
    expect(html).toContain('<!DOCTYPE html>');
    expect(html).toContain('ListContactSequences');
  });
});
