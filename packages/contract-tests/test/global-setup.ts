import { startMocks } from '@engagekit/mock';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the real Prism process serving each spec, by API id. */
    mockUrls: Record<string, string>;
  }
}

// Real Prism processes (the stateless mock, our independent referee), one per spec, each on a free port so parallel runs never collide.
export default async function setup(project: TestProject) {
  const fleet = await startMocks({ stateless: true, ports: { 'reply-v3': 0, 'reply-v4': 0, 'whippy-v1': 0 }, requireAll: true });
  project.provide('mockUrls', Object.fromEntries(fleet.running.map((mock) => [mock.api.id, mock.url])));
  return async () => {
    await fleet.stop();
  };
}
