import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface PublishedPackage {
  name: string;
  version: string;
  dir: string;
}

/** Every workspace package that is not private: what `pnpm -r publish` would publish. */
export function publishedPackages(): PublishedPackage[] {
  const packagesDir = path.join(repoRoot, 'packages');
  return readdirSync(packagesDir)
    .map((name) => path.join(packagesDir, name))
    .flatMap((dir) => {
      const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name: string; version: string; private?: boolean };
      return manifest.private ? [] : [{ name: manifest.name, version: manifest.version, dir }];
    });
}

/** What the global setup hands the tests: the tarballs and the project they are installed in. */
export interface PackedInstall {
  /** package name -> absolute path of its tarball */
  tarballs: Record<string, string>;
  /** an npm project outside the workspace with every tarball installed */
  project: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    packed: PackedInstall;
  }
}
