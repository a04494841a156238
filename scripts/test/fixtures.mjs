import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../lib/registry.mjs';

/**
 * A throw-away copy of the repository's registry and specs, safe to break, with each package's
 * package.json (the generator keeps the version line changesets wrote there).
 */
export function copyOfSpecs() {
  const root = mkdtempSync(path.join(tmpdir(), 'engagekit-specs-'));
  cpSync(path.join(repoRoot, 'redocly.yaml'), path.join(root, 'redocly.yaml'));
  cpSync(path.join(repoRoot, 'specs'), path.join(root, 'specs'), { recursive: true });
  for (const name of readdirSync(path.join(repoRoot, 'packages'))) {
    const manifest = path.join('packages', name, 'package.json');
    if (existsSync(path.join(repoRoot, manifest))) cpSync(path.join(repoRoot, manifest), path.join(root, manifest));
  }
  return {
    root,
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
