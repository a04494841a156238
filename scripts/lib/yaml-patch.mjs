// Edits hand-written YAML the way a person would: the Document API locates the node, and only its
// source text is replaced, so every other byte (comments, quoting, folding, list indentation, which
// vary between our spec files) stays as it was. Re-serialising a whole document would not: the
// `yaml` printer normalises those. Each edit is checked by re-parsing: the result must equal the
// same edit applied to the plain data.
import { isMap, isScalar, isSeq, parse, parseDocument } from 'yaml';

const RESERVED = /^(?:null|~|true|false|yes|no|on|off|y|n|[-+]?(?:\.inf|\.nan|\d[\d_.eE+-]*|0x[\da-fA-F]+|0o[0-7]+))$/i;

/** A scalar in the style of our specs: plain when safe, single-quoted otherwise. */
export function renderScalar(value) {
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = String(value);
  if (/^[A-Za-z_$][\w$ ./+@()-]*$/.test(text) && !RESERVED.test(text) && !/\s$/.test(text) && !/: | #/.test(text)) return text;
  return `'${text.replace(/'/g, "''")}'`;
}

const lineStart = (text, offset) => text.lastIndexOf('\n', offset - 1) + 1;
const indentAt = (text, offset) => /^ */.exec(text.slice(lineStart(text, offset)))[0].length;
const lineEnd = (text, offset) => {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end + 1;
};

function mapAt(doc, tokens, where) {
  const node = tokens.length === 0 ? doc.contents : doc.getIn(tokens, true);
  if (!isMap(node)) throw new Error(`${where}: no mapping at /${tokens.join('/')}`);
  return node;
}
const pairOf = (map, key) => map.items.find((pair) => (isScalar(pair.key) ? pair.key.value : pair.key) === key);

function renderFlow(seq, text, values) {
  const kept = seq.items.map((item) => text.slice(item.range[0], item.range[1]));
  return `[${[...kept, ...values.map(renderScalar)].join(', ')}]`;
}

/** The text edit ({ start, end, text }) for one operation on the current source. */
function editFor(text, doc, op, where) {
  const map = mapAt(doc, op.path, where);
  const pair = op.key === undefined ? undefined : pairOf(map, op.key);
  switch (op.op) {
    case 'set': {
      if (!pair) return insertPair(text, map, `${op.key}: ${renderScalar(op.value)}`);
      return { start: pair.value.range[0], end: pair.value.range[1], text: renderScalar(op.value) };
    }
    case 'deleteKey': {
      if (!pair) return undefined;
      const start = lineStart(text, pair.key.range[0]);
      return { start, end: lineEnd(text, pair.value.range[1] - 1), text: '' };
    }
    case 'addToList': {
      if (!pair) return insertPair(text, map, `${op.key}: [${renderScalar(op.value)}]`);
      const value = pair.value;
      if (isScalar(value)) return { start: value.range[0], end: value.range[1], text: `[${text.slice(value.range[0], value.range[1])}, ${renderScalar(op.value)}]` };
      if (!isSeq(value)) throw new Error(`${where}: ${op.key} is neither a value nor a list`);
      if (value.flow) return { start: value.range[0], end: value.range[1], text: renderFlow(value, text, [op.value]) };
      const last = value.items.at(-1);
      const dash = text.lastIndexOf('-', last.range[0]);
      const indent = ' '.repeat(dash - lineStart(text, dash));
      const at = lineEnd(text, last.range[1] - 1);
      return { start: at, end: at, text: `${indent}- ${renderScalar(op.value)}\n` };
    }
    case 'removeFromList': {
      if (!pair || !isSeq(pair.value)) return undefined;
      const seq = pair.value;
      const index = seq.items.findIndex((item) => isScalar(item) && item.value === op.value);
      if (index === -1) return undefined;
      if (seq.items.length === 1) return { start: lineStart(text, pair.key.range[0]), end: lineEnd(text, seq.range[1] - 1), text: '' };
      if (seq.flow) {
        const kept = seq.items.filter((_, i) => i !== index).map((item) => text.slice(item.range[0], item.range[1]));
        return { start: seq.range[0], end: seq.range[1], text: `[${kept.join(', ')}]` };
      }
      const item = seq.items[index];
      return { start: lineStart(text, item.range[0]), end: lineEnd(text, item.range[1] - 1), text: '' };
    }
    case 'addProperty': {
      const properties = pairOf(map, 'properties');
      const body = (indent) => `${' '.repeat(indent)}${renderScalar(op.name)}:\n${Object.entries(op.schema).map(([key, value]) => `${' '.repeat(indent + 2)}${key}: ${Array.isArray(value) ? `[${value.map(renderScalar).join(', ')}]` : renderScalar(value)}\n`).join('')}`;
      if (!properties) {
        const indent = map.items.length > 0 ? indentAt(text, map.items[0].key.range[0]) : 0;
        return insertPair(text, map, `properties:\n${body(indent + 2).replace(/\n$/, '')}`);
      }
      if (!isMap(properties.value) || properties.value.flow || properties.value.items.length === 0) throw new Error(`${where}: properties is not a block mapping`);
      const members = properties.value.items;
      const indent = indentAt(text, members[0].key.range[0]);
      const at = lineEnd(text, members.at(-1).value.range[1] - 1);
      return { start: at, end: at, text: body(indent) };
    }
    default:
      throw new Error(`unknown YAML patch operation ${op.op}`);
  }
}

/** A new `key: value` line (possibly several) at the end of a block mapping. */
function insertPair(text, map, pairText) {
  if (map.flow || map.items.length === 0) throw new Error('cannot add a member to a flow or empty mapping');
  const indent = indentAt(text, map.items[0].key.range[0]);
  const last = map.items.at(-1);
  const at = lineEnd(text, (last.value ?? last.key).range[1] - 1);
  const lines = pairText.split('\n').map((line, index) => (index === 0 ? ' '.repeat(indent) + line : line));
  return { start: at, end: at, text: `${lines.join('\n')}\n` };
}

/** The same operation on plain data: what the edited text must parse to. */
function applyToData(data, op) {
  const target = op.path.reduce((node, token) => node[token], data);
  switch (op.op) {
    case 'set':
      target[op.key] = op.value;
      break;
    case 'deleteKey':
      delete target[op.key];
      break;
    case 'addToList':
      target[op.key] = target[op.key] === undefined ? [op.value] : [target[op.key]].flat().concat([op.value]);
      break;
    case 'removeFromList':
      if (Array.isArray(target[op.key])) {
        target[op.key] = target[op.key].filter((item) => item !== op.value);
        if (target[op.key].length === 0) delete target[op.key];
      }
      break;
    case 'addProperty':
      (target.properties ??= {})[op.name] = op.schema;
      break;
  }
}

const canonical = (value) => JSON.stringify(value, (_, item) => (item && typeof item === 'object' && !Array.isArray(item) ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b))) : item));

/**
 * Applies operations to YAML source text, touching only the text of the nodes they change.
 * @param {string} source
 * @param {Array<{ op: 'set'|'deleteKey'|'addToList'|'removeFromList'|'addProperty', path: (string|number)[], key?: string, value?: unknown, name?: string, schema?: object }>} ops
 * @param {string} [where] file name for errors
 */
export function patchYaml(source, ops, where = 'YAML') {
  let text = source;
  for (const op of ops) {
    const expected = parse(text);
    applyToData(expected, op);
    const doc = parseDocument(text, { keepSourceTokens: false });
    const edit = editFor(text, doc, op, where);
    if (!edit) continue;
    const next = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
    if (canonical(parse(next)) !== canonical(expected)) throw new Error(`${where}: editing /${op.path.join('/')} ${op.op} ${op.key ?? op.name} did not give the intended document`);
    text = next;
  }
  return text;
}
