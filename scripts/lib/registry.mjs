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
 * @property {SdkEntry} [sdk]      the hand-written SDK that exposes this API's operations, if any
 */

/**
 * @typedef {object} SdkEntry
 * @property {string} packageName  npm name of the SDK package, e.g. `@engagekit/reply`
 * @property {string} className    the class users construct, e.g. `Reply`
 * @property {string[]} namespace  where the operations hang off an instance: `[]` at its root, `['v4']` under `.v4`
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
    const sdk = meta.sdk;
    if (sdk !== undefined && (!sdk?.package || !/^[A-Z]\w*$/.test(sdk.class ?? ''))) {
      throw new Error(`${where}: x-engagekit.sdk needs a package and a class name`);
    }
    return {
      id,
      root: entry.root,
      packageDir: `packages/${meta.package}`,
      packageName: `@engagekit/${meta.package}`,
      mockPort: meta.mockPort,
      apiKeyEnv: meta.apiKeyEnv,
      ...(sdk && {
        sdk: { packageName: `@engagekit/${sdk.package}`, className: sdk.class, namespace: sdk.namespace ? String(sdk.namespace).split('.') : [] },
      }),
    };
  });
}
