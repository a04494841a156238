#!/usr/bin/env node
// Compares each spec with its inventory.tsv (the vendor's own list of operations): per API and
// tag, how many documented operations are transcribed, and which are missing. With --check it
// fails when the spec holds an operation the inventory does not list, or one defined twice.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleAll } from './generate.mjs';
import { loadRegistry, repoRoot } from './lib/registry.mjs';
import { operationsOf } from './lib/spec-operations.mjs';
import { resolveRef } from './lib/spec-refs.mjs';

/** Parses an inventory: `#` lines are comments, the first other line names the columns. */
export function parseInventory(text) {
  const lines = text.split('\n').filter((line) => line.trim() && !line.startsWith('#'));
  const [header, ...rows] = lines;
  const columns = header.split('\t').map((column) => column.trim());
  return rows.map((row) => Object.fromEntries(row.split('\t').map((cell, index) => [columns[index], cell.trim()])));
}

const key = (method, fullPath) => `${method.toUpperCase()} ${fullPath}`;

/**
 * @returns {{ rows: {tag: string, documented: number, transcribed: number, comingSoon: number, missing: string[]}[],
 *   problems: string[], documented: number, transcribed: number, comingSoon: number, extra: string[] }}
 */
export function coverage(spec, inventory) {
  const basePath = new URL(spec.servers?.[0]?.url ?? 'http://x').pathname.replace(/\/$/, '');
  const problems = [];
  const inSpec = new Map();
  const operationIds = new Map();
  for (const { method, path: specPath, operation } of operationsOf(spec)) {
    const id = key(method, basePath + specPath);
    inSpec.set(id, operation);
    if (operationIds.has(operation.operationId)) {
      problems.push(`operationId ${operation.operationId} is defined twice: ${operationIds.get(operation.operationId)} and ${id}`);
    }
    operationIds.set(operation.operationId, id);
  }
  const listed = new Map();
  for (const row of inventory) {
    if (!row.method || !row.path || row.path.startsWith('(')) continue;
    const id = key(row.method.split(' ')[0], row.path);
    if (listed.has(id)) problems.push(`${id} is listed twice in the inventory`);
    listed.set(id, row);
  }
  const extra = [...inSpec.keys()].filter((id) => !listed.has(id));
  for (const id of extra) problems.push(`${id} (${inSpec.get(id).operationId}) is in the spec but not in the inventory`);
  for (const [id, operation] of inSpec) {
    const row = listed.get(id);
    if (row?.operationId && row.operationId !== '-' && row.operationId !== operation.operationId) {
      problems.push(`${id}: operationId ${operation.operationId} differs from the inventory's ${row.operationId}`);
    }
  }

  const byTag = new Map();
  const bucket = (tag) => {
    if (!byTag.has(tag)) byTag.set(tag, { tag, documented: 0, transcribed: 0, comingSoon: 0, missing: [] });
    return byTag.get(tag);
  };
  for (const row of inventory) {
    const id = row.method && row.path && !row.path.startsWith('(') ? key(row.method.split(' ')[0], row.path) : undefined;
    const operation = id ? inSpec.get(id) : undefined;
    const tag = row.tag || operation?.tags?.[0] || row.group || '(untagged)';
    const entry = bucket(tag);
    const status = (row.status ?? '').toLowerCase();
    if (status.includes('coming') && !operation) {
      entry.comingSoon++;
      continue;
    }
    entry.documented++;
    if (operation) entry.transcribed++;
    else entry.missing.push(`${row.method} ${row.path} ${row.operationId ?? row.title ?? ''}`.trim());
  }
  const rows = [...byTag.values()].sort((a, b) => a.tag.localeCompare(b.tag));
  const sum = (field) => rows.reduce((total, row) => total + row[field], 0);
  return { rows, problems, documented: sum('documented'), transcribed: sum('transcribed'), comingSoon: sum('comingSoon'), extra };
}

/** Request and response bodies that carry no named examples: the mock could not show that state. */
export function missingExamples(spec) {
  const resolve = (node) => resolveRef(spec, node);
  const missing = [];
  for (const { method, path: specPath, operation } of operationsOf(spec)) {
    const id = key(method, specPath);
    for (const [type, media] of Object.entries(resolve(operation.requestBody)?.content ?? {})) {
      if (!media.examples || Object.keys(media.examples).length === 0) missing.push(`${id} request body (${type}) has no named examples`);
    }
    for (const [status, response] of Object.entries(operation.responses ?? {})) {
      for (const [type, media] of Object.entries(resolve(response)?.content ?? {})) {
        if (!media.examples || Object.keys(media.examples).length === 0) missing.push(`${id} response ${status} (${type}) has no named examples`);
      }
    }
  }
  return missing;
}

/**
 * Operations missing a state a front-end needs to render: a success, a validation error (400 or
 * 422) when the operation takes input, a 404 when its path names a resource, and a 429.
 */
export function missingStates(spec) {
  const missing = [];
  for (const { method, path: specPath, operation, parameters } of operationsOf(spec)) {
    const id = key(method, specPath);
    const statuses = Object.keys(operation.responses ?? {});
    if (!statuses.some((status) => /^[23]\d\d$/.test(status) || status === 'default')) missing.push(`${id} documents no success response`);
    if ((parameters.length > 0 || operation.requestBody) && !statuses.includes('400') && !statuses.includes('422')) {
      missing.push(`${id} takes input but documents no 400/422`);
    }
    if (parameters.some((parameter) => parameter.in === 'path') && !statuses.includes('404')) missing.push(`${id} names a resource but documents no 404`);
    if (!statuses.includes('429')) missing.push(`${id} documents no 429`);
  }
  return missing;
}

const percent = (part, whole) => (whole === 0 ? '100.0' : ((part / whole) * 100).toFixed(1));

function printReport(api, report) {
  console.log(`\n${api}: ${report.transcribed}/${report.documented} documented operations transcribed (${percent(report.transcribed, report.documented)} %), ${report.comingSoon} coming soon (left out)`);
  const width = Math.max(3, ...report.rows.map((row) => row.tag.length));
  console.log(`  ${'TAG'.padEnd(width)}  DOCUMENTED  TRANSCRIBED  COMING SOON`);
  for (const row of report.rows) {
    console.log(`  ${row.tag.padEnd(width)}  ${String(row.documented).padStart(10)}  ${String(row.transcribed).padStart(11)}  ${String(row.comingSoon).padStart(11)}`);
  }
  const missing = report.rows.flatMap((row) => row.missing);
  if (missing.length > 0) {
    console.log('  missing:');
    for (const item of missing) console.log(`    ${item}`);
  }
}

/**
 * Checks every registry spec against its inventory (coverage, examples, states); prints one line
 * per API and each problem.
 * @param {{ bundles?: any[] }} [options] the registry's specs, already bundled (default: bundle them)
 * @returns {Promise<number>} the number of problems
 */
export async function checkCoverage({ bundles, print = false } = {}) {
  const apis = loadRegistry();
  const specs = bundles ?? (await bundleAll(apis));
  let problems = 0;
  for (const [index, api] of apis.entries()) {
    const inventoryPath = path.join(repoRoot, path.dirname(api.root), 'inventory.tsv');
    const inventory = parseInventory(await readFile(inventoryPath, 'utf8').catch(() => {
      throw new Error(`${api.id}: ${path.relative(repoRoot, inventoryPath)} is missing`);
    }));
    const report = coverage(specs[index], inventory);
    report.problems.push(...missingExamples(specs[index]), ...missingStates(specs[index]));
    if (print) printReport(api.id, report);
    for (const problem of report.problems) console.error(`${api.id}: ${problem}`);
    problems += report.problems.length;
    if (!print) console.log(`${api.id}: ${report.transcribed}/${report.documented} transcribed, ${report.problems.length} problem(s)`);
  }
  return problems;
}

async function main() {
  const problems = await checkCoverage({ print: !process.argv.includes('--check') });
  if (problems > 0) process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error.message ?? error);
    process.exit(1);
  });
}
