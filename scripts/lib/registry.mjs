// The API registry is redocly.yaml's `apis:` map: one entry per spec, so that adding an API version
// is a spec plus one entry there. Everything engagekit-specific sits under `x-engagekit`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * @typedef {object} ApiEntry
 * @property {string} id           registry key, e.g. `reply-v3`
 * @property {string} root         spec root, relative to the repo
 * @property {string} packageDir   client package folder, relative to the repo
 * @property {string} packageName  npm name of the client package
 * @property {number} mockPort     default port of this API's mock server
 * @property {string} apiKeyEnv    environment variable users keep the API key in
 */

/** @returns {ApiEntry[]} */
export function loadRegistry(configPath = path.join(repoRoot, 'redocly.yaml')) {
  const config = parse(readFileSync(configPath, 'utf8'));
  const apis = config?.apis ?? {};
  return Object.entries(apis).map(([id, entry]) => {
    const meta = entry['x-engagekit'];
    const where = `${path.relative(repoRoot, configPath)} apis.${id}`;
    if (!entry.root) throw new Error(`${where}: missing root`);
    if (!meta?.package) throw new Error(`${where}: missing x-engagekit.package`);
    if (!Number.isInteger(meta.mockPort)) throw new Error(`${where}: x-engagekit.mockPort must be an integer`);
    if (!meta.apiKeyEnv) throw new Error(`${where}: missing x-engagekit.apiKeyEnv`);
    return {
      id,
      root: entry.root,
      packageDir: `packages/${meta.package}`,
      packageName: `@engagekit/${meta.package}`,
      mockPort: meta.mockPort,
      apiKeyEnv: meta.apiKeyEnv,
    };
  });
}
