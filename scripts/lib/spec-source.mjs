// Maps a JSON Pointer into a bundled spec back to the hand-written file and pointer it came from:
// `#/components/schemas/Contact/properties/company` of reply-v3 ->
// `specs/reply/v3/components/schemas/Contact.yaml#/properties/company`. It walks the split source
// from the root openapi.yaml token by token, following each file `$ref` it meets, which is how
// Redocly assembled the bundle. A component the bundle named but openapi.yaml does not list is
// looked up as `components/<kind>/<Name>.yaml` (specs/CONVENTIONS.md: one file per component).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const unescapeToken = (token) => token.replace(/~1/g, '/').replace(/~0/g, '~');
export const escapeToken = (token) => String(token).replace(/~/g, '~0').replace(/\//g, '~1');
export const pointerTokens = (pointer) => pointer.replace(/^#/, '').split('/').slice(1).map(unescapeToken);
export const toPointer = (tokens) => tokens.map((token) => `/${escapeToken(token)}`).join('');

export function createSourceMapper(root) {
  const cache = new Map();
  const load = (file) => {
    if (!cache.has(file)) cache.set(file, parse(readFileSync(file, 'utf8')));
    return cache.get(file);
  };
  const nodeAt = (file, tokens) => tokens.reduce((node, token) => (node == null ? undefined : node[token]), load(file));

  /** Follows `$ref`s from (file, tokens) until a node that is not a reference. */
  function settle(file, tokens) {
    for (let hops = 0; hops < 32; hops += 1) {
      const node = nodeAt(file, tokens);
      const ref = node && typeof node === 'object' ? node.$ref : undefined;
      if (typeof ref !== 'string') return { file, tokens, node };
      const [target, fragment = ''] = ref.split('#');
      if (target) file = path.resolve(path.dirname(file), target);
      if (!existsSync(file)) return { file, tokens, node };
      tokens = fragment ? pointerTokens(`#${fragment}`) : [];
    }
    throw new Error(`$ref cycle at ${file}#${toPointer(tokens)}`);
  }

  /**
   * @param {string} specRoot the API's root file relative to root (redocly.yaml `apis.<id>.root`)
   * @param {string} schemaPath pointer into the bundled spec
   * @returns {{ file: string, pointer: string }} file relative to root, pointer into it
   */
  return function sourceOf(specRoot, schemaPath) {
    const rootFile = path.resolve(root, specRoot);
    const tokens = pointerTokens(schemaPath);
    let at = { file: rootFile, tokens: [] };
    for (const [index, token] of tokens.entries()) {
      const here = settle(at.file, at.tokens);
      if (here.node && typeof here.node === 'object' && token in here.node) {
        at = { file: here.file, tokens: [...here.tokens, token] };
        continue;
      }
      // A component Redocly lifted into components/ from a file $ref inside a path.
      if (index === 2 && tokens[0] === 'components') {
        const candidates = [
          path.join(path.dirname(rootFile), 'components', tokens[1], `${token}.yaml`),
          path.join(path.dirname(rootFile), '..', 'common', 'components', tokens[1], `${token}.yaml`),
        ];
        const found = candidates.find((candidate) => existsSync(candidate));
        if (found) {
          at = { file: found, tokens: [] };
          continue;
        }
      }
      throw new Error(`${specRoot}: ${schemaPath} does not lead into the source files (stuck at ${path.relative(root, here.file)}#${toPointer(here.tokens)})`);
    }
    const final = settle(at.file, at.tokens);
    return { file: path.relative(root, final.file).split(path.sep).join('/'), pointer: `#${toPointer(final.tokens)}` };
  };
}
