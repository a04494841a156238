// What every published @engagekit package declares the same way: licence, where the code lives,
// and how its entry points resolve. The generator renders the client packages with it; a test
// holds the hand-written package.json files to the same rules.

export const REPOSITORY_URL = 'https://github.com/engagekit/engagekit';

export const LICENSE_TEXT = `MIT License

Copyright (c) 2026 engagekit contributors

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
`;

/** license, repository, homepage and bugs of the package in `packageDir` (relative to the repo). */
export function publishedMetadata(packageDir) {
  return {
    license: 'MIT',
    repository: { type: 'git', url: `git+${REPOSITORY_URL}.git`, directory: packageDir },
    homepage: `${REPOSITORY_URL}/tree/main/${packageDir}#readme`,
    bugs: { url: `${REPOSITORY_URL}/issues` },
  };
}

/**
 * The `exports` entry of one module built to `dist/<name>.js`. The packages are ESM only; the
 * `default` condition serves both `import` and `require`, so Node ≥ 20.19 loads them from CommonJS
 * through require(esm) (which needs the module graph to have no top-level await).
 */
export function subpathExport(name) {
  return { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` };
}
