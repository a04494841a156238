// Loads what an API's engine is built from, in Node: the bundled spec and resource map shipped in
// specs/, and the generated validators of the API's client package (bundled into dist/validators/). (The browser build imports
// the same files as modules instead; see browser-data.js.)

import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { ApiData, ValidatorModule } from './engine/types.js';
import type { MockableApi } from './manifest.js';

export async function loadApiData(api: MockableApi): Promise<ApiData> {
  const [spec, resources, validators] = await Promise.all([
    readFile(api.specPath, 'utf8').then((text) => JSON.parse(text)),
    readFile(api.resourcesPath, 'utf8').then((text) => JSON.parse(text)),
    import(pathToFileURL(api.validatorsPath).href) as Promise<ValidatorModule>,
  ]);
  return { id: api.id, spec, resources, validators };
}
