// Redocly, in this process: bundling and linting go through @redocly/openapi-core, the engine inside
// the Redocly CLI, instead of starting the CLI (a Node start plus loading the CLI per spec, ~50 times
// per `pnpm test`). The calls mirror what the CLI's `bundle` and `lint` commands do with the same
// config, so the bundles and problems are the CLI's. Only `build-docs` (Redoc) still needs the CLI.
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { bundle, getLineColLocation, lint, loadConfig, YamlParseError } from '@redocly/openapi-core';
import { repoRoot } from './registry.mjs';

const redoclyBin = path.join(repoRoot, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');

/** The CLI writes an OpenAPI bundle's top-level keys in this order (then any others as they come). */
const OAS3_KEY_ORDER = ['openapi', 'info', 'jsonSchemaDialect', 'servers', 'security', 'tags', 'externalDocs', 'paths', 'webhooks', 'x-webhooks', 'components'];

const SEVERITY_ORDER = { error: 0, warn: 1 };

const configs = new Map();

/**
 * redocly.yaml, loaded once per process (again only when the file changes): loading resolves the
 * `extends` presets, which costs more than linting a small spec.
 * @param {string} configPath
 */
export async function redoclyConfig(configPath) {
  const absolute = path.resolve(configPath);
  const key = `${absolute}@${statSync(absolute).mtimeMs}`;
  if (!configs.has(key)) {
    const loading = loadConfig({ configPath: absolute });
    // A failed load is not remembered, so fixing the file and calling again works.
    loading.catch(() => configs.delete(key));
    configs.set(key, loading);
  }
  return configs.get(key);
}

/** The registry API whose root is this file, whose rules and decorators then apply, as in the CLI. */
function aliasOf(config, file) {
  const configDir = path.dirname(config.configPath);
  const entry = Object.entries(config.resolvedConfig.apis ?? {}).find(([, api]) => path.resolve(configDir, api.root) === file);
  return entry?.[0];
}

function sortTopLevelKeys(document) {
  const sorted = {};
  for (const key of OAS3_KEY_ORDER) if (Object.hasOwn(document, key)) sorted[key] = document[key];
  return Object.assign(sorted, document);
}

/**
 * The problem in the shape scripts print (`file:line:col  severity  rule  message`); `file` is relative
 * to `cwd`, like the CLI's reports.
 * @returns {{ file: string, line?: number, col?: number, severity: string, rule: string, message: string }}
 */
function toProblem(problem, cwd) {
  const at = problem.location?.[0];
  const where = at ? getLineColLocation(at) : undefined;
  return {
    file: at ? path.relative(cwd, at.source.absoluteRef) : '',
    line: where?.start.line,
    col: where?.start.col,
    severity: problem.severity,
    rule: problem.ruleId,
    message: problem.message,
  };
}

/** A spec that cannot be read or parsed at all, as a problem naming the file (and the line when YAML says). */
function unreadable(error, file, cwd) {
  if (error instanceof YamlParseError) {
    return { file: path.relative(cwd, error.source.absoluteRef), line: error.line || undefined, col: error.col || undefined, severity: 'error', rule: 'parse', message: error.message };
  }
  return { file: path.relative(cwd, file), severity: 'error', rule: 'parse', message: error.message };
}

/**
 * `redocly bundle <rootFile> --ext=json` with the config at `configPath`: external files inlined,
 * refs kept as internal `#/components/...` refs.
 * @param {string} rootFile the API's root file (absolute, or relative to the config's folder)
 * @param {{ configPath: string }} options
 * @returns {Promise<object>} the bundled document
 * @throws {Error} naming the file and every error (file:line:col rule message) when the spec cannot be bundled
 */
export async function bundleSpec(rootFile, { configPath }) {
  const config = await redoclyConfig(configPath).catch((error) => {
    throw new Error(`redocly bundle ${rootFile} failed: cannot load ${configPath}: ${error.message}`);
  });
  const cwd = path.dirname(config.configPath);
  const file = path.resolve(cwd, rootFile);
  const failed = (lines) => new Error(`redocly bundle ${path.relative(cwd, file)} failed:\n${lines.map((line) => `  ${line}`).join('\n')}`);
  if (!existsSync(file)) throw failed([`${path.relative(cwd, file)} does not exist`]);
  let result;
  try {
    result = await bundle({ ref: file, config: config.forAlias(aliasOf(config, file)), removeUnusedComponents: false });
  } catch (error) {
    throw failed([formatProblem(unreadable(error, file, cwd))]);
  }
  const errors = result.problems.filter((problem) => !problem.ignored && problem.severity === 'error');
  if (errors.length > 0) throw failed(errors.map((problem) => formatProblem(toProblem(problem, cwd))));
  return sortTopLevelKeys(result.bundle.parsed);
}

/**
 * `redocly lint <apiId> --config=<configPath>`: the API's own rules (apis.<id>.rules) over the
 * config's, problems errors first, ignored ones left out. Unlike the CLI's default output, which
 * stops at 100 problems, every problem is returned: a spec edit that breaks much shows all of it.
 * @param {string} apiId a key of the config's `apis:`
 * @param {{ configPath: string, cwd?: string }} options cwd: problem files are relative to it
 */
export async function lintApi(apiId, { configPath, cwd = path.dirname(path.resolve(configPath)) }) {
  let config;
  try {
    config = await redoclyConfig(configPath);
  } catch (error) {
    return [{ ...unreadable(error, path.resolve(configPath), cwd), rule: 'config', message: `cannot load the configuration: ${error.message}` }];
  }
  const api = config.resolvedConfig.apis?.[apiId];
  if (!api) throw new Error(`${apiId} is not an API in ${configPath}`);
  const file = path.resolve(path.dirname(config.configPath), api.root);
  if (!existsSync(file)) return [{ file: path.relative(cwd, file), severity: 'error', rule: 'parse', message: `${path.relative(cwd, file)} does not exist` }];
  let problems;
  try {
    problems = await lint({ ref: file, config: config.forAlias(apiId) });
  } catch (error) {
    return [unreadable(error, file, cwd)];
  }
  return problems
    .filter((problem) => !problem.ignored)
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
    .map((problem) => toProblem(problem, cwd));
}

export function formatProblem(p) {
  const where = p.line ? `${p.file}:${p.line}:${p.col ?? 1}` : p.file;
  return `${where}  ${p.severity}  ${p.rule}  ${p.message}`;
}

/**
 * Runs the Redocly CLI, for what openapi-core does not do (build-docs renders with Redoc). Its stderr
 * carries a Node 20 deprecation banner, so callers read stdout and only show stderr when it fails.
 * @returns {Promise<{ code: number, stdout: string, stderr: string }>}
 */
export function runRedocly(args, { cwd = repoRoot } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [redoclyBin, ...args], {
      cwd,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** Drops the boxed Node-version banner Redocly prints on stderr. */
export function withoutBanner(text) {
  return text
    .split('\n')
    .filter((line) => !/^\s*[║╔╚]/.test(line))
    .join('\n')
    .trim();
}
