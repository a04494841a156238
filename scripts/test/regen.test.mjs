import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { committedBundles, recordChangelog } from '../regen.mjs';

describe('regen', () => {
  it('bundles every spec as committed at HEAD, for the changelog baseline', async () => {
    const bundles = await committedBundles('HEAD');
    expect([...bundles.keys()]).toEqual(expect.arrayContaining(['reply-v3', 'reply-v4', 'whippy-v1']));
    expect(bundles.get('reply-v3').paths['/v3/contacts/{id}'].patch.operationId).toBe('UpdateContact');
  });

  it('creates a CHANGELOG.md, appends new entries, and does not repeat an identical one', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'engagekit-changelog-')), 'CHANGELOG.md');
    expect(await recordChangelog(file, '2026-11-26', ['- operation added: GET /x (X)'])).toBe(true);
    expect(await recordChangelog(file, '2026-11-27', ['- operation added: GET /x (X)'])).toBe(false);
    expect(await recordChangelog(file, '2026-11-27', ['- **breaking** operation removed: GET /x (X)'])).toBe(true);
    expect(await recordChangelog(file, '2026-11-28', ['- **breaking** operation removed: GET /x (X)'])).toBe(false);
    const text = readFileSync(file, 'utf8');
    expect(text.match(/^## /gm)).toHaveLength(2);
    expect(text).toContain('## 2026-11-26\n\n- operation added: GET /x (X)\n');
    expect(text).toContain('## 2026-11-27\n\n- **breaking** operation removed: GET /x (X)\n');
  });
});
