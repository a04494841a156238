#!/usr/bin/env node
// Lints every spec in the registry with Redocly and prints one line per problem as
// `file:line:col  severity  rule  message`. Any error or warning fails the run.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadRegistry, repoRoot } from './lib/registry.mjs';
import { runRedocly, withoutBanner } from './lib/redocly.mjs';

/**
 * @param {{ configPath?: string, cwd?: string }} [options]
 * @returns {Promise<{ api: string, problems: { file: string, line?: number, col?: number, severity: string, rule: string, message: string }[] }[]>}
 */
export async function lintSpecs({ configPath = path.join(repoRoot, 'redocly.yaml'), cwd = path.dirname(configPath) } = {}) {
  const apis = loadRegistry(configPath);
  return Promise.all(
    apis.map(async ({ id }) => {
      const { code, stdout, stderr } = await runRedocly(['lint', id, '--format=json', `--config=${configPath}`], { cwd });
      let report;
      try {
        report = JSON.parse(stdout);
      } catch {
        // Redocly could not even produce a report (unparseable YAML, missing file): surface its words.
        const message = withoutBanner(stderr) || withoutBanner(stdout) || `redocly exited with ${code}`;
        return { api: id, problems: [{ file: id, severity: 'error', rule: 'parse', message }] };
      }
      const problems = report.problems.map((problem) => {
        const at = problem.location?.[0];
        return {
          file: at?.source?.ref ?? id,
          line: at?.start?.line,
          col: at?.start?.col,
          severity: problem.severity,
          rule: problem.ruleId,
          message: problem.message,
        };
      });
      return { api: id, problems };
    }),
  );
}

export function formatProblem(p) {
  const where = p.line ? `${p.file}:${p.line}:${p.col ?? 1}` : p.file;
  return `${where}  ${p.severity}  ${p.rule}  ${p.message}`;
}

async function main() {
  const results = await lintSpecs();
  let total = 0;
  for (const { api, problems } of results) {
    total += problems.length;
    console.log(`${api}: ${problems.length === 0 ? 'clean' : `${problems.length} problem(s)`}`);
    for (const problem of problems) console.log(`  ${formatProblem(problem)}`);
  }
  if (total > 0) {
    console.error(`\nSpec lint failed: ${total} problem(s). Errors and warnings both fail.`);
    process.exit(1);
  }
  console.log(`All ${results.length} specs lint clean (0 errors, 0 warnings).`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
