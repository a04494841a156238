#!/usr/bin/env node
// `pnpm drift [dir…] [--apply]`: validates recorded real exchanges against the current specs with
// the generated validators, groups what fails by the hand-written spec file and JSON Pointer it
// traces back to, and proposes (with --apply: writes) the minimal patch per group. Exit status is
// 1 while violations remain. Drift (unknown response members, unlisted response enum values) is
// reported and patchable but does not fail: response enums are open and unknown members are
// tolerated by clients (specs/CONVENTIONS.md); it becomes a violation only once the spec is changed.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { bundleAll, findStale, renderAll } from './generate.mjs';
import { recordChangelog } from './regen.mjs';
import { loadValidators } from './lib/load-validators.mjs';
import { readRecordings } from './lib/recordings.mjs';
import { loadRegistry, repoRoot } from './lib/registry.mjs';
import { diffSpecs, formatChanges } from './lib/spec-diff.mjs';
import { createSourceMapper, pointerTokens } from './lib/spec-source.mjs';
import { patchYaml } from './lib/yaml-patch.mjs';

/** JSON type of a value as a schema names it. */
export function jsonType(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Number.isInteger(value)) return 'integer';
  return typeof value;
}

/** The recordings folder of every API in the registry. */
export function defaultDirs(root, apis) {
  return apis.map((api) => path.join(root, path.dirname(api.root), 'recordings'));
}

/** Which API a recording belongs to: its own `api`, else the spec folder it sits in. */
function apiOf(file, recording, apis, root) {
  if (recording.api) return apis.find((api) => api.id === recording.api);
  return apis.find((api) => path.resolve(file).startsWith(path.resolve(root, path.dirname(api.root)) + path.sep));
}

/**
 * Validates recordings; every finding carries the recording, operation, status and violation.
 * @returns {{ findings: any[], unmatched: { file: string, reason: string }[] }}
 */
export function validateRecordings(recordings, validatorsByApi, apis, root) {
  const findings = [];
  const unmatched = [];
  for (const { file, recording } of recordings) {
    const api = apiOf(file, recording, apis, root);
    const relative = path.relative(root, file);
    if (!api) {
      unmatched.push({ file: relative, reason: 'no API: set "api" in the recording' });
      continue;
    }
    const validators = validatorsByApi.get(api.id);
    const operation = recording.operationId && validators.operationValidators(recording.operationId);
    if (!operation) {
      unmatched.push({ file: relative, reason: `operation ${recording.operationId ?? '(none)'} is not in ${api.id}` });
      continue;
    }
    const { status, body, contentType } = recording.response;
    const push = (side, violations) => {
      for (const violation of violations) findings.push({ api, file: relative, operationId: operation.operationId, status, side, violation });
    };
    if (recording.request.query && operation.request.query) push('request query', operation.request.query(recording.request.query));
    const requestBody = recording.request.body;
    const requestValidate = operation.request.body?.['application/json'];
    if (requestBody !== undefined && requestValidate) push('request body', requestValidate(requestBody));
    if (body !== undefined) {
      const validate = validators.responseValidator(operation.operationId, status, contentType ?? 'application/json');
      if (validate) push('response', validate(body));
    }
  }
  return { findings, unmatched };
}

const lastToken = (pointer) => pointerTokens(`#${pointer}`).at(-1);

/** Groups findings by the source rule they trace back to, each with its proposed patch. */
export function groupFindings(findings, apis, root) {
  const sourceOf = createSourceMapper(root);
  const groups = new Map();
  for (const finding of findings) {
    const { violation, api } = finding;
    const source = sourceOf(api.root, violation.schemaPath);
    let pointer = source.pointer;
    let member;
    if (violation.keyword === 'required' || violation.keyword === 'unknownMember') member = lastToken(violation.pointer);
    if (violation.keyword === 'required') pointer = `${pointer}/required`;
    else if (violation.keyword === 'unknownMember') pointer = `${pointer}/properties/${member}`;
    const key = `${source.file}${pointer}|${violation.keyword}`;
    let group = groups.get(key);
    if (!group) {
      group = { file: source.file, pointer, schemaPointer: source.pointer, keyword: violation.keyword, member, drift: violation.drift, side: finding.side, findings: [], expected: violation.expected };
      groups.set(key, group);
    }
    group.drift &&= violation.drift;
    group.findings.push(finding);
  }
  const sorted = [...groups.values()].sort((a, b) => Number(a.drift) - Number(b.drift) || `${a.file}${a.pointer}`.localeCompare(`${b.file}${b.pointer}`));
  for (const group of sorted) {
    group.recordings = new Set(group.findings.map((finding) => finding.file)).size;
    group.operations = [...new Set(group.findings.map((finding) => finding.operationId))].sort();
    group.patch = proposePatch(group);
  }
  return sorted;
}

/** The minimal change to the schema that accepts every observed value, or undefined. */
export function proposePatch(group) {
  const observed = group.findings.map((finding) => finding.violation.observed);
  const path = pointerTokens(group.schemaPointer);
  const unique = (values) => [...new Map(values.map((value) => [JSON.stringify(value), value])).values()];
  const numbers = observed.filter((value) => typeof value === 'number');
  const lengths = observed.map((value) => (typeof value === 'string' || Array.isArray(value) ? [...value].length : undefined)).filter((value) => value !== undefined);
  switch (group.keyword) {
    case 'type': {
      const types = unique(observed.map(jsonType));
      return { text: `add ${types.map((type) => `'${type}'`).join(', ')} to the type`, ops: types.map((type) => ({ op: 'addToList', path, key: 'type', value: type })), addNullToEnum: types.includes('null') };
    }
    case 'enum': {
      const values = unique(observed);
      return { text: `add ${values.map((value) => JSON.stringify(value)).join(', ')} to the enum`, ops: values.map((value) => ({ op: 'addToList', path, key: 'enum', value })) };
    }
    case 'required':
      return { text: `drop ${group.member} from required`, ops: [{ op: 'removeFromList', path, key: 'required', value: group.member }] };
    case 'unknownMember': {
      const types = unique(observed.map(jsonType));
      const schema = types.length === 1 ? { type: types[0] } : { type: types };
      return { text: `add optional member ${group.member} (${types.join(' | ')})`, ops: [{ op: 'addProperty', path, name: group.member, schema }] };
    }
    case 'maximum':
    case 'exclusiveMaximum':
      return numbers.length && { text: `widen the maximum to ${Math.max(...numbers)}`, ops: [{ op: 'deleteKey', path, key: 'exclusiveMaximum' }, { op: 'set', path, key: 'maximum', value: Math.max(...numbers) }] };
    case 'minimum':
    case 'exclusiveMinimum':
      return numbers.length && { text: `widen the minimum to ${Math.min(...numbers)}`, ops: [{ op: 'deleteKey', path, key: 'exclusiveMinimum' }, { op: 'set', path, key: 'minimum', value: Math.min(...numbers) }] };
    case 'maxLength':
    case 'maxItems':
      return lengths.length && { text: `widen ${group.keyword} to ${Math.max(...lengths)}`, ops: [{ op: 'set', path, key: group.keyword, value: Math.max(...lengths) }] };
    case 'minLength':
    case 'minItems':
      return lengths.length && { text: `widen ${group.keyword} to ${Math.min(...lengths)}`, ops: [{ op: 'set', path, key: group.keyword, value: Math.min(...lengths) }] };
    case 'format':
    case 'pattern':
      return { text: `drop the ${group.keyword} (record why in NOTES.md)`, ops: [{ op: 'deleteKey', path, key: group.keyword }] };
    default:
      return undefined;
  }
}

function describe(group) {
  const where = `${group.file}${group.pointer}${group.keyword === 'required' || group.keyword === 'unknownMember' ? '' : ` (${group.keyword})`}`;
  const kind = group.drift ? 'drift' : group.side === 'response' ? 'violation' : `${group.side} violation`;
  const samples = [...new Set(group.findings.map((finding) => `${finding.operationId} ${finding.status} ${finding.violation.pointer || '/'}: ${finding.violation.message}`))];
  const lines = [`${kind}: ${where} — ${group.recordings} recording(s), ${group.operations.length} operation(s) (${group.operations.join(', ')})`];
  for (const sample of samples.slice(0, 3)) lines.push(`    ${sample}`);
  if (samples.length > 3) lines.push(`    … ${samples.length - 3} more`);
  lines.push(group.patch ? `    patch: ${group.patch.text}` : '    patch: none proposed (review by hand)');
  return lines;
}

/** Writes every group's patch into its YAML file; returns the files changed. */
export async function applyPatches(groups, root) {
  const byFile = new Map();
  for (const group of groups) {
    if (!group.patch) continue;
    const ops = byFile.get(group.file) ?? [];
    ops.push(...group.patch.ops);
    byFile.set(group.file, ops);
  }
  const changed = [];
  for (const [file, ops] of byFile) {
    const full = path.join(root, file);
    const source = await readFile(full, 'utf8');
    // An enum that gains 'null' in its type must also list null.
    const withEnums = ops.flatMap((op) => (op.key === 'type' && op.value === 'null' ? [op, { ...op, key: 'enum', value: null, onlyIfPresent: true }] : [op]));
    const { parse } = await import('yaml');
    const data = parse(source);
    const effective = withEnums.filter((op) => !op.onlyIfPresent || Array.isArray(op.path.reduce((node, token) => node?.[token], data)?.enum));
    const patched = patchYaml(source, effective, file);
    if (patched !== source) {
      await writeFile(full, patched);
      changed.push(file);
    }
  }
  return changed;
}

/** Regenerates clients and mocks, and records the API changelog of before → after. */
async function regenerate(root, apis, before) {
  const files = await renderAll(root);
  const stale = await findStale(files, root);
  for (const relative of stale) {
    await mkdir(path.dirname(path.join(root, relative)), { recursive: true });
    await writeFile(path.join(root, relative), files[relative]);
  }
  console.log(`Regenerated: ${stale.length} generated file(s) changed.`);
  const after = await bundleAll(apis, root);
  const date = new Date().toISOString().slice(0, 10);
  for (const [index, api] of apis.entries()) {
    const lines = formatChanges(diffSpecs(before[index], after[index]));
    if (lines[0] === '- no API changes') continue;
    console.log(`\n## ${api.id}\n${lines.join('\n')}`);
    const changelog = path.join(root, path.dirname(api.root), 'CHANGELOG.md');
    if (await recordChangelog(changelog, date, lines)) console.log(`(recorded in ${path.relative(root, changelog)})`);
  }
}

/** One pass: validate, group. */
export async function checkDrift({ root = repoRoot, dirs } = {}) {
  const apis = loadRegistry(path.join(root, 'redocly.yaml'));
  const folders = (dirs?.length ? dirs.map((dir) => path.resolve(root, dir)) : defaultDirs(root, apis)).filter((dir) => existsSync(dir));
  const recordings = readRecordings(folders);
  const used = apis.filter((api) => recordings.some(({ file, recording }) => apiOf(file, recording, apis, root)?.id === api.id));
  const bundles = await bundleAll(used, root);
  const validatorsByApi = new Map();
  for (const [index, api] of used.entries()) validatorsByApi.set(api.id, await loadValidators(bundles[index]));
  const { findings, unmatched } = validateRecordings(recordings, validatorsByApi, apis, root);
  const groups = groupFindings(findings, apis, root);
  return { apis, used, bundles, recordings, groups, unmatched };
}

export async function runDrift({ root = repoRoot, dirs = [], apply = false } = {}) {
  let result = await checkDrift({ root, dirs });
  const report = (label) => {
    const { recordings, groups, unmatched } = result;
    const violations = groups.filter((group) => !group.drift);
    console.log(`${label}: ${recordings.length} recording(s); ${violations.length} violation group(s), ${groups.length - violations.length} drift group(s), ${unmatched.length} unmatched.`);
    for (const group of groups) console.log(describe(group).join('\n'));
    for (const { file, reason } of unmatched) console.log(`unmatched: ${file}: ${reason}`);
    return violations.length + unmatched.length;
  };
  let failing = report('Drift check');
  if (apply && result.groups.some((group) => group.patch)) {
    const apis = loadRegistry(path.join(root, 'redocly.yaml'));
    const before = await bundleAll(apis, root);
    const changed = await applyPatches(result.groups, root);
    console.log(`\nApplied patches to ${changed.length} file(s):\n${changed.map((file) => `  ${file}`).join('\n')}`);
    await regenerate(root, apis, before);
    result = await checkDrift({ root, dirs });
    console.log('');
    failing = report('After --apply');
  }
  return failing === 0 ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { apply: { type: 'boolean', default: false }, root: { type: 'string' } } });
  runDrift({ root: values.root ? path.resolve(values.root) : repoRoot, dirs: positionals, apply: values.apply }).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error.message ?? error);
      process.exit(1);
    },
  );
}
