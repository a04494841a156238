import { cpSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { repoRoot } from '../lib/registry.mjs';

const registryFixture = new URL('./fixtures/registry/', import.meta.url);

/**
 * A throw-away repository, safe to break, holding two tiny specs (fixtures/registry) under the real
 * redocly.yaml's rules. With `scripts`, it also holds a copy of the repository's scripts, which then
 * work on it as their repository (they find their root from their own location), with the real
 * node_modules linked in.
 */
export function smallRepo({ scripts = false } = {}) {
  const root = mkdtempSync(path.join(tmpdir(), 'engagekit-small-repo-'));
  const config = parse(readFileSync(path.join(repoRoot, 'redocly.yaml'), 'utf8'));
  config.apis = parse(readFileSync(new URL('apis.yaml', registryFixture), 'utf8'));
  writeFileSync(path.join(root, 'redocly.yaml'), stringify(config));
  cpSync(new URL('specs', registryFixture), path.join(root, 'specs'), { recursive: true });
  if (scripts) {
    const from = path.join(repoRoot, 'scripts');
    for (const entry of readdirSync(from)) {
      if (entry.endsWith('.mjs')) cpSync(path.join(from, entry), path.join(root, 'scripts', entry));
    }
    cpSync(path.join(from, 'lib'), path.join(root, 'scripts', 'lib'), { recursive: true });
    symlinkSync(path.join(repoRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
    symlinkSync(path.join(from, 'node_modules'), path.join(root, 'scripts', 'node_modules'), 'dir');
  }
  return {
    root,
    read: (relative) => readFileSync(path.join(root, relative), 'utf8'),
    edit(relative, change) {
      const file = path.join(root, relative);
      const before = readFileSync(file, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`edit of ${relative} changed nothing`);
      writeFileSync(file, after);
    },
    lineOf(relative, needle) {
      const lines = readFileSync(path.join(root, relative), 'utf8').split('\n');
      const index = lines.findIndex((line) => line.includes(needle));
      if (index < 0) throw new Error(`${needle} not in ${relative}`);
      return index + 1;
    },
  };
}
