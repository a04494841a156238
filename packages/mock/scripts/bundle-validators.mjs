#!/usr/bin/env node
// Copies each API's generated validators (`@engagekit/<api>/validators`, the one validator source
// the SDK and the proxy use too) into dist/validators/<api>.js as a self-contained ES module, so
// the published mock, in Node or a browser bundle, needs no unpublished workspace package.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const manifest = JSON.parse(readFileSync(new URL('../specs/manifest.json', import.meta.url), 'utf8'));
await Promise.all(
  manifest.apis.map((api) =>
    build({
      stdin: { contents: `export * from '${api.package}/validators';`, resolveDir: new URL('..', import.meta.url).pathname, loader: 'js' },
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      target: 'es2022',
      outfile: new URL(`../dist/validators/${api.id}.js`, import.meta.url).pathname,
      logLevel: 'warning',
    }),
  ),
);
