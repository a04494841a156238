import { execFile } from 'node:child_process';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build, stop as stopEsbuild } from 'esbuild';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const { project } = inject('packed');
const tsc = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url));
const CONTACT_ID = 1;
const MISSING_ID = 404;
const WHIPPY_CONTACT = '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11';

interface Seen {
  method: string;
  url: string;
  auth: string | undefined;
}

/** A loopback stand-in for the vendors: a contact, a not-found problem, a sequence list. */
function startApi(seen: Seen[]): Promise<Server> {
  const server = createServer((request: IncomingMessage, response) => {
    request.resume();
    request.on('end', () => {
      seen.push({ method: request.method!, url: request.url!, auth: request.headers.authorization ?? (request.headers['x-whippy-key'] as string | undefined) });
      const json = (status: number, body: unknown, type = 'application/json') => {
        response.writeHead(status, { 'content-type': type });
        response.end(JSON.stringify(body));
      };
      if (request.url === `/v3/contacts/${MISSING_ID}`) {
        json(404, { type: 'about:blank', title: 'Not Found', status: 404, code: 'contact.notFound', detail: 'No such contact' }, 'application/problem+json');
      } else if (request.url === `/v3/contacts/${CONTACT_ID}`) {
        json(200, { id: CONTACT_ID, email: 'ada@example.com', firstName: 'Ada' });
      } else if (request.url === `/contacts/${WHIPPY_CONTACT}/sequences`) {
        json(200, { data: [{ id: 's1' }, { id: 's2' }], total: 2 });
      } else {
        json(500, { title: `unexpected ${request.method} ${request.url}` });
      }
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * The body every consumer runs. `load` yields the seven modules; the rest is the same program in
 * each module system, so each prints the same JSON line.
 */
function program(baseUrl: string, load: string, typed: boolean): string {
  const anyError = typed ? 'error: unknown' : 'error';
  return `${load}
async function main() {
  const options = { apiKey: 'test-key', baseUrl: ${JSON.stringify(baseUrl)}, maxRetries: 0, rateLimit: false as const };
  const reply = new Reply(options);
  const contact = await reply.contacts.get({ id: ${CONTACT_ID} });
  let notFound = 'no error';
  try {
    await reply.contacts.get({ id: ${MISSING_ID} });
  } catch (${anyError}) {
    if (error instanceof NotFoundError && error instanceof runtime.APIError) notFound = \`\${error.status} \${error.code}\`;
    else throw error;
  }
  const whippy = new Whippy(options);
  const sequences = await whippy.contacts.listSequences({ id: ${JSON.stringify(WHIPPY_CONTACT)}, body: { limit: 5 } });
  const raw = await replyV3.createClient(options).GET('/v3/contacts/{id}', { params: { path: { id: ${CONTACT_ID} } } });
  ${
    typed
      ? `// A misspelled body field must not compile: this proves the consumer sees real types, not any.
  const typo = () => reply.contacts.update({ id: 1, body: {
    // @ts-expect-error companySzie is not a field of the contact update body
    companySzie: 'OneThousand' } });
  void typo;`
      : ''
  }
  console.log(JSON.stringify({
    email: contact.email,
    notFound,
    sequences: sequences.data?.length,
    raw: raw.data?.email,
    descriptors: [replyV3.descriptor.id, replyV4.descriptor.id, whippyV1.descriptor.id],
    mockApis: mock.listApis().map((api) => api.id),
  }));
}
main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
`.replace(/ as const/g, typed ? ' as const' : '');
}

const esmImports = `import { NotFoundError, Reply } from '@engagekit/reply';
import { Whippy } from '@engagekit/whippy';
import * as runtime from '@engagekit/runtime';
import * as replyV3 from '@engagekit/reply-v3';
import * as replyV4 from '@engagekit/reply-v4';
import * as whippyV1 from '@engagekit/whippy-v1';
import * as mock from '@engagekit/mock';`;

const cjsRequires = `const { NotFoundError, Reply } = require('@engagekit/reply');
const { Whippy } = require('@engagekit/whippy');
const runtime = require('@engagekit/runtime');
const replyV3 = require('@engagekit/reply-v3');
const replyV4 = require('@engagekit/reply-v4');
const whippyV1 = require('@engagekit/whippy-v1');
const mock = require('@engagekit/mock');`;

const expected = {
  email: 'ada@example.com',
  notFound: '404 contact.notFound',
  sequences: 2,
  raw: 'ada@example.com',
  descriptors: ['reply-v3', 'reply-v4', 'whippy-v1'],
  mockApis: ['reply-v3', 'reply-v4', 'whippy-v1'],
};

const execFileAsync = promisify(execFile);

/** Runs a consumer in its own process (asynchronously: the API server lives in this one). */
async function run(file: string): Promise<unknown> {
  const { stdout } = await execFileAsync(process.execPath, [file], { cwd: project, encoding: 'utf8' });
  return JSON.parse(stdout.trim().split('\n').at(-1)!);
}

describe('the installed tarballs, used from another project', () => {
  const seen: Seen[] = [];
  let server: Server;
  let baseUrl: string;

  beforeAll(async () => {
    server = await startApi(seen);
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await stopEsbuild();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });

  it('load and work from an ES module', async () => {
    const file = path.join(project, 'consumer.mjs');
    writeFileSync(file, program(baseUrl, esmImports, false));
    expect(await run(file)).toEqual(expected);
    expect(seen.filter((request) => request.url === `/v3/contacts/${CONTACT_ID}`).map((request) => request.auth)).toContain('Bearer test-key');
    expect(seen.some((request) => request.url === `/contacts/${WHIPPY_CONTACT}/sequences` && request.method === 'POST' && request.auth === 'test-key')).toBe(true);
  });

  it('load and work from CommonJS through require (Node >= 20.19 require(esm))', async () => {
    const file = path.join(project, 'consumer.cjs');
    writeFileSync(file, program(baseUrl, cjsRequires, false));
    expect(await run(file)).toEqual(expected);
  });

  it('load every entry point each package exports, through import and through require', async () => {
    // Generic over `exports`, so a new subpath (say `./validators`) is covered the day it appears.
    const file = path.join(project, 'entry-points.cjs');
    writeFileSync(
      file,
      `const { readdirSync, readFileSync } = require('node:fs');
const path = require('node:path');
(async () => {
  const loaded = [];
  const scope = path.join(__dirname, 'node_modules', '@engagekit');
  for (const dir of readdirSync(scope).sort()) {
    const manifest = JSON.parse(readFileSync(path.join(scope, dir, 'package.json'), 'utf8'));
    for (const subpath of Object.keys(manifest.exports).filter((key) => !key.includes('*'))) {
      const specifier = manifest.name + subpath.slice(1);
      const required = require(specifier);
      const imported = await import(specifier);
      if (Object.keys(required).length === 0 || Object.keys(required).sort().join() !== Object.keys(imported).filter((key) => key !== 'module.exports').sort().join()) {
        throw new Error(specifier + ' exports differ between require and import');
      }
      loaded.push(specifier);
    }
  }
  console.log(JSON.stringify(loaded));
})().catch((error) => { console.error(error); process.exitCode = 1; });
`,
    );
    const loaded = (await run(file)) as string[];
    expect(loaded).toEqual(expect.arrayContaining(['@engagekit/mock', '@engagekit/reply', '@engagekit/reply-v3', '@engagekit/reply-v4', '@engagekit/runtime', '@engagekit/whippy', '@engagekit/whippy-v1']));
  });

  it('type-check with tsc from ESM and CommonJS TypeScript, and the compiled files work', async () => {
    const source = path.join(project, 'ts');
    mkdirSync(source, { recursive: true });
    const header = `declare const process: { exitCode?: number };\n`;
    writeFileSync(path.join(source, 'consumer.mts'), header + program(baseUrl, esmImports, true));
    writeFileSync(path.join(source, 'consumer.cts'), header + program(baseUrl, esmImports, true));
    writeFileSync(
      path.join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'nodenext',
          moduleResolution: 'nodenext',
          lib: ['ES2022', 'DOM'],
          types: [],
          strict: true,
          outDir: 'out',
          rootDir: 'ts',
        },
        include: ['ts'],
      }),
    );
    // tsc prints its diagnostics on stdout; a failure shows them.
    try {
      await execFileAsync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: project, encoding: 'utf8' });
    } catch (error) {
      throw new Error(`tsc failed:\n${(error as { stdout: string }).stdout}`);
    }
    expect(await run(path.join(project, 'out', 'consumer.mjs'))).toEqual(expected);
    expect(await run(path.join(project, 'out', 'consumer.cjs'))).toEqual(expected);
  });

  it('bundle for the browser with esbuild, and the bundle works', async () => {
    const entry = path.join(project, 'browser-entry.mjs');
    // The mock starts processes and is Node only; everything else must bundle for the browser.
    const browserImports = esmImports.replace("import * as mock from '@engagekit/mock';", "const mock = { listApis: () => [{ id: 'reply-v3' }, { id: 'reply-v4' }, { id: 'whippy-v1' }] };");
    writeFileSync(entry, program(baseUrl, browserImports, false).replace('process.exitCode = 1;', 'throw error;'));
    const outfile = path.join(project, 'browser-bundle.mjs');
    const result = await build({ entryPoints: [entry], bundle: true, platform: 'browser', format: 'esm', outfile, absWorkingDir: project, metafile: true, logLevel: 'silent' });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((input) => input.includes('node_modules/@engagekit/')).length).toBeGreaterThanOrEqual(6);
    expect(inputs.filter((input) => /^node:|\(disabled\)/.test(input))).toEqual([]);
    expect(await run(outfile)).toEqual(expected);
  });
});
