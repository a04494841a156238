// `engagekit-mock --proxy`: one validating proxy per selected API, each on its mock port.
import path from 'node:path';
import { findApi, listApis } from './manifest.js';
import { startProxy, type RunningProxy } from './proxy.js';

export interface ProxyCliOptions {
  upstream: string;
  apis?: string[];
  ports: Record<string, number>;
  host: string;
  recordDir?: string;
  mask: boolean;
}

export async function runProxies(options: ProxyCliOptions): Promise<RunningProxy[]> {
  const apis = options.apis?.length ? options.apis.map(findApi) : listApis();
  const proxies: RunningProxy[] = [];
  // Installed before the first proxy listens, so a signal during start-up closes those already up.
  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping ${proxies.length} proxy(ies)…`);
    await Promise.all(proxies.map((proxy) => proxy.close()));
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(signal));
  for (const api of apis) {
    // With several APIs, each records into a folder of its own.
    const recordDir = options.recordDir && (apis.length > 1 ? path.join(options.recordDir, api.id) : options.recordDir);
    proxies.push(await startProxy({ api, upstream: options.upstream, port: options.ports[api.id] ?? api.defaultPort, host: options.host, recordDir, mask: options.mask }));
  }
  for (const proxy of proxies) console.log(`✓ ${proxy.api.id} proxy on ${proxy.url} → ${proxy.upstream}${options.recordDir ? ` (recording${options.mask ? ', masked' : ''})` : ''}`);
  return proxies;
}
