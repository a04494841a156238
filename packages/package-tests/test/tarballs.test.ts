import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { checkPackage, createPackageFromTarballData, type Problem } from '@arethetypeswrong/core';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { describe, expect, inject, it } from 'vitest';

const { tarballs } = inject('packed');
const repoLicense = readFileSync(new URL('../../../LICENSE', import.meta.url), 'utf8');

/**
 * attw models Node 16's resolver, under which `require()` of an ES module fails. These packages
 * are ESM only and declare `engines.node >=20.19`, where require(esm) loads them (the CommonJS
 * consumer test proves it); a dual CJS build would instead ship two copies of every error class,
 * and `instanceof NotFoundError` would fail across them. So this one warning is expected.
 */
const EXPECTED_ATTW_PROBLEMS = new Set(['CJSResolvesToESM']);

/**
 * TypeScript's legacy `moduleResolution: node` (attw's node10) never reads `exports`, so it cannot
 * see a subpath such as `@engagekit/reply-v3/validators` or `@engagekit/mock/msw`. Those subpaths
 * are for Node ≥ 20.19 and for TypeScript set to node16, nodenext or bundler resolution, as the
 * READMEs say; the main entry point resolves under node10 too.
 */
const isLegacySubpathMiss = (problem: Problem) =>
  problem.kind === 'NoResolution' && problem.resolutionKind === 'node10' && problem.entrypoint !== '.';

function filesIn(tarball: string): string[] {
  return execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((entry) => entry.replace(/^package\//, ''));
}

function manifestIn(tarball: string): Record<string, any> {
  return JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }));
}

describe.each(Object.entries(tarballs))('%s tarball', (name, tarball) => {
  it('ships dist, README, LICENSE and what its `files` names only: no sources, tests, maps or build info', () => {
    const files = filesIn(tarball);
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/index.d.ts']));
    // Run-time assets a package declares (the mock's bundled specs and Prism preload) are allowed.
    const declared = (manifestIn(tarball).files as string[]).filter((entry) => !/^(src|test)$/.test(entry));
    const unexpected = files.filter(
      (file) =>
        /^(src|test)\//.test(file) ||
        /\.(map|tsbuildinfo)$/.test(file) ||
        /\.test\./.test(file) ||
        !(['package.json', 'README.md', 'LICENSE'].includes(file) || declared.some((entry) => file.startsWith(`${entry}/`))),
    );
    expect(unexpected).toEqual([]);
    expect(execFileSync('tar', ['-xzOf', tarball, 'package/LICENSE'], { encoding: 'utf8' })).toBe(repoLicense);
  });

  it('names its repository, homepage and issue tracker, and resolves workspace versions', () => {
    const manifest = manifestIn(tarball);
    expect(manifest.name).toBe(name);
    expect(manifest.license).toBe('MIT');
    expect(manifest.repository).toMatchObject({ type: 'git', url: 'git+https://github.com/engagekit/engagekit.git' });
    expect(manifest.homepage).toMatch(/^https:\/\/github\.com\/engagekit\/engagekit\//);
    expect(manifest.bugs).toEqual({ url: 'https://github.com/engagekit/engagekit/issues' });
    expect(JSON.stringify(manifest)).not.toContain('workspace:');
  });

  it('is clean under publint --strict', async () => {
    const bytes = readFileSync(tarball);
    const { messages, pkg } = await publint({
      pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) },
      strict: true,
    });
    expect(messages.map((message) => `${message.type}: ${formatMessage(message, pkg)}`)).toEqual([]);
  });

  it('has types that resolve everywhere (attw), apart from the documented require(esm) warning', async () => {
    // attw's own engine, the one its CLI runs, called in this process: TypeScript loads once for
    // every tarball instead of once per CLI process.
    const analysis = await checkPackage(createPackageFromTarballData(new Uint8Array(readFileSync(tarball))));
    if (!analysis.types) throw new Error(`attw found no types in ${name}`);
    const problems = analysis.problems.filter((problem) => !isLegacySubpathMiss(problem));
    const unexpected = problems.filter((problem) => !EXPECTED_ATTW_PROBLEMS.has(problem.kind));
    expect(unexpected).toEqual([]);
    // The expected warning is about CommonJS resolution only; ESM and bundler resolution are clean.
    expect(problems.every((problem) => !('resolutionKind' in problem) || problem.resolutionKind === 'node16-cjs')).toBe(true);
  });
});
