// Every operation of a bundled spec, in one walk that all the scripts share.

import { resolveRef } from './spec-refs.mjs';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

/**
 * Yields each operation in spec order with its path item resolved and its parameters (the path
 * item's, then the operation's own) resolved.
 * @returns {Generator<{ method: string, path: string, item: any, operation: any, parameters: any[] }>}
 */
export function* operationsOf(spec) {
  for (const [path, rawItem] of Object.entries(spec.paths ?? {})) {
    const item = resolveRef(spec, rawItem) ?? {};
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((parameter) => resolveRef(spec, parameter));
      yield { method, path, item, operation, parameters };
    }
  }
}
