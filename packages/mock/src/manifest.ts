import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One API the package can mock, as listed in specs/manifest.json (written by the generator). */
export interface MockableApi {
  id: string;
  title: string;
  version: string;
  /** Absolute path of the bundled spec shipped with this package. */
  specPath: string;
  defaultPort: number;
  operations: number;
}

const specsDir = new URL('../specs/', import.meta.url);

export function listApis(): MockableApi[] {
  const manifest = JSON.parse(readFileSync(new URL('manifest.json', specsDir), 'utf8')) as {
    apis: Omit<MockableApi, 'specPath'>[] & { spec: string }[];
  };
  return manifest.apis.map((api) => {
    const { spec, ...rest } = api as Omit<MockableApi, 'specPath'> & { spec: string };
    return { ...rest, specPath: fileURLToPath(new URL(spec, specsDir)) };
  });
}

export function findApi(id: string): MockableApi {
  const apis = listApis();
  const api = apis.find((candidate) => candidate.id === id);
  if (!api) throw new Error(`Unknown API "${id}". Known: ${apis.map((known) => known.id).join(', ')}.`);
  return api;
}
