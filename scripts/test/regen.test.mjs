import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { committedBundles, recordChangelog } from '../regen.mjs';
import { smallRepo } from './fixtures.mjs';

describe('regen', () => {
  it('bundles every spec as committed at a revision, not as in the working tree', async () => {
    const repo = smallRepo();
    const git = (...args) => execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', ...args], { cwd: repo.root, stdio: 'pipe' });
    git('init', '--quiet');
    git('add', '.');
    git('commit', '--quiet', '-m', 'fixture');
    repo.edit('specs/shop/v1/paths/items_{id}.yaml', (text) => text.replace('operationId: UpdateItem', 'operationId: ChangeItem'));

    const bundles = await committedBundles('HEAD', repo.root);
    expect([...bundles.keys()]).toEqual(['shop-v1', 'notes-v1']);
    expect(bundles.get('shop-v1').paths['/items/{id}'].patch.operationId).toBe('UpdateItem');
    expect(bundles.get('notes-v1').paths['/notes'].get.operationId).toBe('ListNotes');
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
