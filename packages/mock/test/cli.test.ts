import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { listApis } from '../src/index.js';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const children: ChildProcessWithoutNullStreams[] = [];

function runCli(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [cli, ...args], { env: { ...process.env, ...env } });
  children.push(child);
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  // An upper bound, never the thing tested: the CLI starts up to three Prisms at once, each allowed
  // the 90 s startPrism gives Prism to answer, on a machine that may be busy with other work.
  const waitFor = async (pattern: RegExp, timeoutMs = 150_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!pattern.test(output)) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}; output:\n${output}`);
      if (child.exitCode !== null) throw new Error(`cli exited ${child.exitCode}; output:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return output;
  };
  return { child, exited, waitFor, output: () => output };
}

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

function baseUrls(output: string): Record<string, string> {
  return Object.fromEntries([...output.matchAll(/^(\S+)\s+\S+\s+(http:\/\/\S+)\s+\d+/gm)].map((match) => [match[1], match[2]]));
}

describe('engagekit-mock', () => {
  it('starts every spec, prints a table with base URLs, and leaves no process behind on SIGTERM', async () => {
    const run = runCli(['--port', 'reply-v3=0', '--port', 'reply-v4=0', '--port', 'whippy-v1=0']);
    const output = await run.waitFor(/mock\(s\) ready/);
    const urls = baseUrls(output);
    expect(Object.keys(urls).sort()).toEqual(listApis().map((api) => api.id).sort());
    expect(output).toMatch(/API\s+VERSION\s+BASE URL\s+OPERATIONS/);

    const answer = await fetch(`${urls['reply-v3']}/v3/contacts/12345`, { headers: { Authorization: 'Bearer k' } });
    expect(answer.status).toBe(200);

    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    for (const url of Object.values(urls)) {
      await expect(fetch(url, { signal: AbortSignal.timeout(2_000) })).rejects.toThrow();
    }
  });

  it('starts only the API asked for, on the port given by environment', async () => {
    const port = await freePort();
    const run = runCli(['--api', 'whippy-v1'], { ENGAGEKIT_MOCK_PORT_WHIPPY_V1: String(port) });
    const output = await run.waitFor(/mock\(s\) ready/);
    expect(Object.keys(baseUrls(output))).toEqual(['whippy-v1']);
    expect(output).toContain(`http://127.0.0.1:${port}`);
    run.child.kill('SIGINT');
    expect(await run.exited).toBe(0);
  });

  it('names a port already in use instead of printing a stack trace', async () => {
    const blocker = net.createServer();
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as net.AddressInfo).port)),
    );
    try {
      const run = runCli(['--api', 'reply-v4', '--port', `reply-v4=${port}`]);
      expect(await run.exited).toBe(1);
      expect(run.output()).toContain(`Port ${port} on 127.0.0.1 is already in use`);
      expect(run.output()).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
    }
  });

  it('is stateful by default and plain Prism with --stateless', async () => {
    // Whippy: the smallest spec, so the one Prism this test starts is the cheapest to start.
    const contact = '/contacts/00000000-0000-4000-8000-000000000001';
    const headers = { 'X-WHIPPY-KEY': 'k' };
    const stateful = runCli(['--api', 'whippy-v1', '--port', 'whippy-v1=0']);
    const statefulUrl = baseUrls(await stateful.waitFor(/mock\(s\) ready \(stateful\)/))['whippy-v1'];
    // This contact is not in the seed: the stateful mock says so, Prism answers its example.
    expect((await fetch(`${statefulUrl}${contact}`, { headers })).status).toBe(404);
    stateful.child.kill('SIGTERM');
    expect(await stateful.exited).toBe(0);

    const prism = runCli(['--api', 'whippy-v1', '--port', 'whippy-v1=0', '--stateless'], {});
    const prismUrl = baseUrls(await prism.waitFor(/mock\(s\) ready \(Prism, stateless\)/))['whippy-v1'];
    expect((await fetch(`${prismUrl}${contact}`, { headers })).status).toBe(200);
    prism.child.kill('SIGTERM');
    expect(await prism.exited).toBe(0);
  }, 300_000);

  it('rejects a fault rate outside 0..1 and a malformed latency, naming the flag', async () => {
    const rate = runCli(['--api', 'reply-v4', '--fault-rate', '2']);
    expect(await rate.exited).toBe(1);
    expect(rate.output()).toMatch(/--fault-rate expects a number from 0 to 1; got "2"/);
    const latency = runCli(['--api', 'reply-v4', '--latency', 'slow']);
    expect(await latency.exited).toBe(1);
    expect(latency.output()).toMatch(/--latency expects <min>-<max>/);
  });

  it('rejects an unknown API id with the list of known ones', async () => {
    const run = runCli(['--api', 'reply-v9']);
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/Unknown API "reply-v9"\. Known: reply-v3, reply-v4, whippy-v1/);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
