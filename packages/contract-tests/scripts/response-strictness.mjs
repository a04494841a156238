#!/usr/bin/env node
// Measures how much the bundled specs' JSON success schemas let through: how many accept `{}`
// and how many accept `{"totallyUnrelated": 1}`. A schema that accepts either would also accept
// the response of another endpoint, so drift there goes unnoticed. Usage (from the repo root):
//   node packages/contract-tests/scripts/response-strictness.mjs [--list]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const here = path.dirname(fileURLToPath(import.meta.url));
const specsDir = path.resolve(here, '../../mock/specs');
const manifest = JSON.parse(readFileSync(path.join(specsDir, 'manifest.json'), 'utf8'));
const apiIds = (Array.isArray(manifest) ? manifest : (manifest.apis ?? Object.keys(manifest))).map((a) => (typeof a === 'string' ? a : a.id));
const list = process.argv.includes('--list');

const escape = (s) => s.replaceAll('~', '~0').replaceAll('/', '~1');
let total = 0;
let acceptsEmpty = 0;
let acceptsUnrelated = 0;
for (const api of apiIds) {
  const spec = JSON.parse(readFileSync(path.join(specsDir, `${api}.json`), 'utf8'));
  const ajv = new Ajv2020({ logger: false, strict: false, allErrors: false, validateFormats: true });
  addFormats(ajv);
  ajv.addSchema(spec, 'spec');
  const rows = [];
  for (const [p, item] of Object.entries(spec.paths ?? {})) {
    for (const [method, op] of Object.entries(item)) {
      if (typeof op !== 'object' || !op.responses) continue;
      for (const [status, response] of Object.entries(op.responses)) {
        if (!/^2/.test(status)) continue;
        const resolved = response.$ref ? resolve(spec, response.$ref) : response;
        const content = resolved?.content?.['application/json'];
        if (!content?.schema) continue;
        const pointer = response.$ref
          ? `${response.$ref}/content/application~1json/schema`
          : `#/paths/${escape(p)}/${method}/responses/${status}/content/application~1json/schema`;
        const validate = ajv.compile({ $ref: `spec${pointer}` });
        const empty = validate({});
        const unrelated = validate({ totallyUnrelated: 1 });
        total += 1;
        if (empty) acceptsEmpty += 1;
        if (unrelated) acceptsUnrelated += 1;
        rows.push({ api, op: op.operationId, status, empty, unrelated });
      }
    }
  }
  const e = rows.filter((r) => r.empty).length;
  const u = rows.filter((r) => r.unrelated).length;
  console.log(`${api}: ${rows.length} JSON success schemas, ${e} accept {}, ${u} accept {"totallyUnrelated":1}`);
  if (list) for (const r of rows.filter((x) => x.empty || x.unrelated)) console.log(`  ${r.op} ${r.status}${r.empty ? ' {}' : ''}${r.unrelated ? ' unrelated' : ''}`);
}
console.log(`total: ${total} JSON success schemas, ${acceptsEmpty} accept {}, ${acceptsUnrelated} accept {"totallyUnrelated":1}`);

function resolve(doc, ref) {
  return ref.slice(2).split('/').map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~')).reduce((node, key) => node?.[key], doc);
}
