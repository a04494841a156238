// Checks a recorded exchange against the spec with the generated validators, the one validator
// source the SDK, the proxy, `pnpm drift` and the stateful mock share. The evidence policy
// (specs/CONVENTIONS.md) reads their findings: a member the spec does not declare, or a response
// enum value it does not list, is drift (reported, never a failure); anything else is a mismatch.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as replyV3 from '@engagekit/reply-v3/validators';
import * as replyV4 from '@engagekit/reply-v4/validators';
import * as whippyV1 from '@engagekit/whippy-v1/validators';
import { bundledSpec } from '../support.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const generated: Record<string, typeof replyV3> = { 'reply-v3': replyV3, 'reply-v4': replyV4, 'whippy-v1': whippyV1 };

export interface Recording {
  api: string;
  operationId: string;
  request: { method: string; path: string; query?: Record<string, string>; body?: unknown };
  response: { status: number; contentType?: string; body?: unknown };
  provenance: { kind: string; believedReal: string; [key: string]: unknown };
}

export interface Finding {
  /** JSON Pointer into the response body. */
  pointer: string;
  keyword: string;
  message: string;
}

export interface RecordingReport {
  /** The response schema the recording was checked against, as a pointer into the bundled spec. */
  schemaPath: string;
  mismatches: Finding[];
  drift: Finding[];
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/** Every recording under specs/<api>/<version>/recordings/, with the file it came from. */
export function loadRecordings(): { file: string; recording: Recording }[] {
  const found: { file: string; recording: Recording }[] = [];
  const specsDir = path.join(repoRoot, 'specs');
  for (const vendor of readdirSync(specsDir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const version of readdirSync(path.join(specsDir, vendor.name), { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const dir = path.join(specsDir, vendor.name, version.name, 'recordings');
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
        const file = path.join(dir, name);
        found.push({ file: path.relative(repoRoot, file), recording: JSON.parse(readFileSync(file, 'utf8')) as Recording });
      }
    }
  }
  return found;
}

const escape = (segment: string) => segment.replaceAll('~', '~0').replaceAll('/', '~1');

/** Finds the response schema of the recorded operation and status: exact status, then `4XX`-style, then default. */
export function responseSchemaPath(spec: Json, recording: Recording): string {
  for (const [template, item] of Object.entries<Json>(spec.paths)) {
    const operation = item[recording.request.method.toLowerCase()];
    if (operation?.operationId !== recording.operationId) continue;
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    const servers: string[] = (spec.servers ?? []).map((s: Json) => new URL(s.url).pathname.replace(/\/$/, ''));
    const paths = [recording.request.path, ...servers.filter(Boolean).map((p) => recording.request.path.replace(p, ''))];
    if (!paths.some((p) => pattern.test(p))) {
      throw new Error(`${recording.request.method} ${recording.request.path} does not match ${template} of ${recording.operationId}`);
    }
    const status = String(recording.response.status);
    const key = [status, `${status.charAt(0)}XX`, 'default'].find((k) => operation.responses[k]);
    if (!key) throw new Error(`${recording.operationId} documents no response for status ${status}`);
    let responsePath = `#/paths/${escape(template)}/${recording.request.method.toLowerCase()}/responses/${key}`;
    let response = operation.responses[key];
    if (response.$ref) {
      responsePath = response.$ref;
      response = response.$ref.slice(2).split('/').reduce((n: Json, k: string) => n[k.replaceAll('~1', '/').replaceAll('~0', '~')], spec);
    }
    const mediaType = recording.response.contentType ?? Object.keys(response.content ?? {})[0];
    if (!mediaType || !response.content?.[mediaType]?.schema) throw new Error(`${recording.operationId} ${key} has no ${mediaType} schema`);
    return `${responsePath}/content/${escape(mediaType)}/schema`;
  }
  throw new Error(`${recording.api} has no operation ${recording.operationId} (${recording.request.method})`);
}

/** Validates the recorded response body against its operation's response schema. */
export function checkRecording(recording: Recording): RecordingReport {
  // The request line must match the operation the recording names (and its status a response).
  const schemaPath = responseSchemaPath(bundledSpec(recording.api), recording);
  const validators = generated[recording.api];
  if (!validators) throw new Error(`no generated validators for ${recording.api}`);
  const validate = validators.responseValidator(recording.operationId, recording.response.status, recording.response.contentType);
  if (!validate) throw new Error(`${recording.operationId} has no validator for status ${recording.response.status}`);
  const violations = validate(recording.response.body);
  const finding = ({ pointer, keyword, message }: Finding): Finding => ({ pointer, keyword, message });
  return {
    schemaPath,
    mismatches: violations.filter((violation) => !violation.drift).map(finding),
    drift: violations.filter((violation) => violation.drift).map(finding),
  };
}
