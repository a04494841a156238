import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocs } from '../build-docs.mjs';
import { smallRepo } from './fixtures.mjs';

/** What the page hands Redoc: the spec and the options (Redocly CLI writes both as JSON into the page). */
function pageState(file) {
  const html = readFileSync(file, 'utf8');
  const value = (name) => {
    const match = new RegExp(`const ${name} = (\\{.*\\});\\n`).exec(html);
    if (!match) throw new Error(`${file} has no ${name}`);
    return JSON.parse(match[1]);
  };
  return { html, spec: value('__redoc_definition'), options: value('__redoc_options') };
}

describe('build-docs', () => {
  it('writes one HTML reference per spec, with the SDK and typed-client samples of every operation', async () => {
    const repo = smallRepo();
    const results = await buildDocs({ root: repo.root, outDir: mkdtempSync(path.join(tmpdir(), 'engagekit-docs-')) });
    expect(results.map((result) => result.api)).toEqual(['shop-v1', 'notes-v1']);
    expect(results.filter((result) => result.error)).toEqual([]);

    const shop = pageState(results[0].output);
    expect(shop.html.startsWith('<!DOCTYPE html>')).toBe(true);
    const update = shop.spec.paths['/items/{id}'].patch['x-codeSamples'];
    expect(update.map((sample) => sample.label)).toEqual(['SDK', 'Typed client']);
    expect(update[0].source).toContain('const result = await shop.items.update({\n  id: 42,\n');
    expect(update[1].source).toContain("const { data, error } = await client.PATCH('/items/{id}', {\n");
    expect(shop.spec.paths['/items/{id}/photo'].put['x-codeSamples'][0].source).toContain("await openAsBlob('mug.png')");

    // Redoc shows a sample only when its tab (its label in lower case) is configured.
    const tabs = shop.options.codeSamples.languages.map((language) => language.key);
    expect(update.every((sample) => tabs.includes(sample.label.toLowerCase()))).toBe(true);

    // Notes has no SDK: its reference shows the typed client only.
    const notes = pageState(results[1].output);
    expect(notes.spec.paths['/notes'].get['x-codeSamples'].map((sample) => sample.label)).toEqual(['Typed client']);
  });
});
