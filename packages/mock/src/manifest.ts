import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One API the package can mock, as listed in specs/manifest.json (written by the generator). */
export interface MockableApi {
  id: string;
  title: string;
  version: string;
  /** Absolute path of the bundled spec shipped with this package. */
  specPath: string;
  /** Absolute path of the generated resource map the stateful mock runs on. */
  resourcesPath: string;
  /** npm name of the API's client package, whose `/validators` subpath the stateful mock validates with. */
  packageName: string;
  /** Absolute path of those validators as bundled into this package's dist by its build. */
  validatorsPath: string;
  defaultPort: number;
  operations: number;
}

type ManifestEntry = Omit<MockableApi, 'specPath' | 'resourcesPath' | 'packageName' | 'validatorsPath'> & { spec: string; resources: string; package: string };

const specsDir = new URL('../specs/', import.meta.url);

export function listApis(): MockableApi[] {
  const manifest = JSON.parse(readFileSync(new URL('manifest.json', specsDir), 'utf8')) as {
    apis: ManifestEntry[];
  };
  return manifest.apis.map(({ spec, resources, package: packageName, ...rest }) => ({
    ...rest,
    packageName,
    specPath: fileURLToPath(new URL(spec, specsDir)),
    resourcesPath: fileURLToPath(new URL(resources, specsDir)),
    validatorsPath: fileURLToPath(new URL(`../dist/validators/${rest.id}.js`, specsDir)),
  }));
}

export function findApi(id: string): MockableApi {
  const apis = listApis();
  const api = apis.find((candidate) => candidate.id === id);
  if (!api) throw new Error(`Unknown API "${id}". Known: ${apis.map((known) => known.id).join(', ')}.`);
  return api;
}
