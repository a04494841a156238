#!/usr/bin/env node
// One generator for every spec in the registry (redocly.yaml): bundles each spec with Redocly's
// openapi-core, generates its types with openapi-typescript, renders its client package, copies the
// bundle into @engagekit/mock and writes the reference's code samples where `tsc` checks them
// (contract-tests). With --check it writes nothing and fails when a committed file is stale.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { loadRegistry, repoRoot } from './lib/registry.mjs';
import { bundleSpec } from './lib/redocly.mjs';
import { GENERATED_HEADER, renderClientPackage } from './lib/client-package.mjs';
import { renderSampleCheckFiles } from './lib/code-samples.mjs';
import { renderMockSpecs } from './lib/mock-specs.mjs';
import { openResponseEnums } from './lib/open-enums.mjs';
import { renderResourceMaps } from './lib/resource-map.mjs';

/** A new client package starts here; after that, `changeset version` owns the version line. */
const FIRST_PACKAGE_VERSION = '0.1.0';

async function currentVersion(root, api) {
  const manifest = await readFile(path.join(root, api.packageDir, 'package.json'), 'utf8').catch(() => null);
  return manifest ? JSON.parse(manifest).version : FIRST_PACKAGE_VERSION;
}

const BLOB = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier('Blob'));

/** Upload fields (`format: binary`) take a Blob or File, not a string. */
function binaryAsBlob(schema) {
  if (schema.format !== 'binary') return undefined;
  const nullable = Array.isArray(schema.type) && schema.type.includes('null');
  return nullable ? ts.factory.createUnionTypeNode([BLOB, ts.factory.createLiteralTypeNode(ts.factory.createNull())]) : BLOB;
}

/** Bundles every spec as `redocly bundle` does, under the checkout's redocly.yaml. */
export async function bundleAll(apis, root = repoRoot) {
  const configPath = path.join(root, 'redocly.yaml');
  return Promise.all(apis.map((api) => bundleSpec(api.root, { configPath })));
}

/**
 * @param {string} root a checkout: its redocly.yaml and specs are read
 * @param {{ bundles?: any[] }} [options] the registry's specs, already bundled (default: bundle them)
 * @returns {Promise<Record<string, string>>} every generated file, path relative to the root -> contents
 */
export async function renderAll(root = repoRoot, { bundles } = {}) {
  const apis = loadRegistry(path.join(root, 'redocly.yaml'));
  const specs = bundles ?? (await bundleAll(apis, root));
  const files = {};
  for (const [index, api] of apis.entries()) {
    const spec = specs[index];
    // defaultNonNullable off: a default is what the server assumes when a member is omitted, so the
    // member stays optional in request bodies.
    const enums = openResponseEnums(spec);
    const ast = await openapiTS(spec, {
      rootTypes: true,
      defaultNonNullable: false,
      transform: (schema, options) => binaryAsBlob(schema) ?? enums.transform(schema, options),
      postTransform: enums.postTransform,
    });
    Object.assign(files, renderClientPackage(api, spec, astToString(ast), await currentVersion(root, api)));
  }
  Object.assign(files, renderMockSpecs(apis, specs));
  Object.assign(files, renderResourceMaps(apis, specs));
  Object.assign(files, renderSampleCheckFiles(apis, specs, (api) => GENERATED_HEADER(`${api.root} via scripts/lib/code-samples.mjs`)));
  return files;
}

/** Files under root whose contents differ from (or are missing for) the rendered ones. */
export async function findStale(files, root = repoRoot) {
  const stale = [];
  for (const [relative, contents] of Object.entries(files)) {
    const current = await readFile(path.join(root, relative), 'utf8').catch(() => null);
    if (current !== contents) stale.push(relative);
  }
  return stale;
}

async function main() {
  const check = process.argv.includes('--check');
  const files = await renderAll();
  const stale = await findStale(files);
  if (!check) {
    for (const relative of stale) {
      const target = path.join(repoRoot, relative);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, files[relative]);
    }
  }
  if (check) {
    if (stale.length > 0) {
      console.error(`Generated files are out of date with the specs (${stale.length}):`);
      for (const file of stale) console.error(`  ${file}`);
      console.error('Run `pnpm generate` and commit the result.');
      process.exit(1);
    }
    console.log(`Generated files are up to date (${Object.keys(files).length} files checked).`);
  } else {
    console.log(`Generated ${Object.keys(files).length} files; ${stale.length} changed.`);
    for (const file of stale) console.log(`  wrote ${file}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error.message ?? error);
    process.exit(1);
  });
}
