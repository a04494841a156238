// Recordings: one real exchange per JSON file under specs/<api>/<version>/recordings/, in the
// format specs/CONVENTIONS.md ("Recordings") defines and helper scripts, the validating proxy and
// `pnpm drift` share:
//   { api, operationId?, request: { method, path, query?, body? },
//     response: { status, contentType?, body? }, provenance: { kind, believedReal, ... } }
// Nothing that authenticates a caller is ever written: no auth header, and the key itself is
// scrubbed from every string (URLs, bodies) before a file is written.
import { mkdirSync, readdirSync, readFileSync, existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Request headers that carry credentials; never recorded. */
export const AUTH_HEADERS = new Set(['authorization', 'proxy-authorization', 'x-api-key', 'api-key', 'cookie', 'set-cookie']);

export const REDACTED = '[REDACTED]';

/** The credential in an Authorization / X-API-Key header: what must never reach disk. */
export function secretsOf(headers) {
  const secrets = [];
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (!AUTH_HEADERS.has(name.toLowerCase()) || value === undefined) continue;
    for (const text of [value].flat()) {
      const token = String(text).replace(/^(Bearer|Basic|Token)\s+/i, '').trim();
      if (token.length >= 4) secrets.push(token);
    }
  }
  return secrets;
}

/** `value` with every occurrence of every secret replaced, in keys and strings at any depth. */
export function scrub(value, secrets) {
  if (secrets.length === 0) return value;
  if (typeof value === 'string') return secrets.reduce((text, secret) => text.split(secret).join(REDACTED), value);
  if (Array.isArray(value)) return value.map((item) => scrub(item, secrets));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [scrub(key, secrets), scrub(item, secrets)]));
  return value;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
// International or North-American numbers with at least 7 digits; dates and ids have separators
// or lengths this does not match.
const PHONE = /(?<![\w-])\+?\d[\d ().-]{6,}\d(?![\w-])/g;

/**
 * Masks e-mail addresses and phone numbers, the same original always getting the same mask
 * (`personN@example.invalid`, `+1555010NNNN`), so joins between records survive.
 */
export function createMasker() {
  const emails = new Map();
  const phones = new Map();
  const maskString = (text) =>
    text
      .replace(EMAIL, (email) => {
        const key = email.toLowerCase();
        if (!emails.has(key)) emails.set(key, `person${emails.size + 1}@example.invalid`);
        return emails.get(key);
      })
      .replace(PHONE, (phone) => {
        if (phone.replace(/\D/g, '').length < 7 || /^\d{4}-\d{2}-\d{2}/.test(phone)) return phone;
        if (!phones.has(phone)) phones.set(phone, `+1555010${String(phones.size + 1).padStart(4, '0')}`);
        return phones.get(phone);
      });
  const mask = (value) => {
    if (typeof value === 'string') return maskString(value);
    if (Array.isArray(value)) return value.map(mask);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mask(item)]));
    return value;
  };
  return mask;
}

/** Splits `/v3/contacts?top=5` into the path and a query object (repeated names become arrays). */
export function splitUrl(url) {
  const parsed = new URL(url, 'http://recording.invalid');
  const query = {};
  for (const [name, value] of parsed.searchParams) {
    if (name in query) query[name] = [query[name]].flat().concat(value);
    else query[name] = value;
  }
  return { path: decodeURIComponent(parsed.pathname), query };
}

/**
 * Builds a recording from one exchange as a proxy saw it. `secrets` are scrubbed everywhere;
 * auth headers are dropped; `mask` (from createMasker) also masks e-mails and phone numbers.
 */
export function recordExchange({ api, operationId, method, url, requestHeaders, requestBody, status, contentType, responseBody, provenance, mask }) {
  const secrets = secretsOf(requestHeaders);
  const { path: urlPath, query } = splitUrl(url);
  const request = { method: method.toUpperCase(), path: urlPath };
  if (Object.keys(query).length > 0) request.query = query;
  if (requestBody !== undefined) request.body = requestBody;
  const response = { status };
  if (contentType) response.contentType = contentType;
  if (responseBody !== undefined) response.body = responseBody;
  let recording = { api, ...(operationId ? { operationId } : {}), request, response, provenance };
  recording = scrub(recording, secrets);
  if (mask) recording = { ...recording, request: mask(recording.request), response: mask(recording.response) };
  return recording;
}

/** A body as recorded: parsed JSON when it is JSON, the text otherwise, undefined when empty. */
export function bodyOf(buffer, contentType) {
  if (!buffer || buffer.length === 0) return undefined;
  const text = buffer.toString('utf8');
  if (/json/i.test(contentType ?? '') || /^\s*[[{]/.test(text)) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

/** `<operationId>-<status>-<source>.json`, made unique within the folder. */
export function writeRecording(dir, recording, source = 'proxy') {
  mkdirSync(dir, { recursive: true });
  const stem = `${recording.operationId ?? 'Unmatched'}-${recording.response.status}-${source}`;
  let name = `${stem}.json`;
  for (let n = 2; existsSync(path.join(dir, name)); n += 1) name = `${stem}-${n}.json`;
  const file = path.join(dir, name);
  writeFileSync(file, `${JSON.stringify(recording, null, 2)}\n`);
  return file;
}

/** Every recording in the given folders (recursively), as { file, recording }, sorted by file. */
export function readRecordings(dirs) {
  const found = [];
  const visit = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir).sort()) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) visit(full);
      else if (entry.endsWith('.json')) {
        let recording;
        try {
          recording = JSON.parse(readFileSync(full, 'utf8'));
        } catch (error) {
          throw new Error(`${full}: not JSON (${error.message})`);
        }
        if (!recording?.request?.method || !recording?.request?.path || !Number.isInteger(recording?.response?.status)) {
          throw new Error(`${full}: not a recording (needs request.method, request.path and response.status)`);
        }
        found.push({ file: full, recording });
      }
    }
  };
  for (const dir of dirs) visit(dir);
  return found;
}
