// Writes proxied exchanges as recordings in the format of specs/CONVENTIONS.md ("Recordings"),
// which scripts/lib/recordings.mjs reads for `pnpm drift`:
//   { api, operationId?, request: { method, path, query?, body? },
//     response: { status, contentType?, body? }, provenance: { kind, believedReal, ... } }
// Nothing that authenticates a caller reaches disk: auth headers are never recorded, and the key
// itself is scrubbed from every string (URL, query, bodies, object keys) before writing.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface Recording {
  api: string;
  operationId?: string;
  request: { method: string; path: string; query?: Record<string, string | string[]>; body?: unknown };
  response: { status: number; contentType?: string; body?: unknown };
  provenance: { kind: string; believedReal: string; [key: string]: unknown };
}

/** Headers that carry credentials. */
export const AUTH_HEADERS = new Set(['authorization', 'proxy-authorization', 'x-api-key', 'api-key', 'cookie', 'set-cookie']);
export const REDACTED = '[REDACTED]';

/** The credentials in a request's auth headers: the strings that must never reach disk. */
export function secretsOf(headers: Record<string, string | string[] | undefined>): string[] {
  const secrets: string[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (!AUTH_HEADERS.has(name.toLowerCase()) || value === undefined) continue;
    for (const text of [value].flat()) {
      const token = text.replace(/^(Bearer|Basic|Token)\s+/i, '').trim();
      if (token.length >= 4) secrets.push(token, encodeURIComponent(token));
    }
  }
  return [...new Set(secrets)];
}

/** `value` with every secret replaced, in keys and strings at any depth. */
export function scrub<T>(value: T, secrets: string[]): T {
  if (secrets.length === 0) return value;
  const walk = (item: unknown): unknown => {
    if (typeof item === 'string') return secrets.reduce((text, secret) => text.split(secret).join(REDACTED), item);
    if (Array.isArray(item)) return item.map(walk);
    if (item && typeof item === 'object') return Object.fromEntries(Object.entries(item).map(([key, member]) => [walk(key), walk(member)]));
    return item;
  };
  return walk(value) as T;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
// An optional +, then 7 or more digits with phone separators; ISO dates are left alone.
const PHONE = /(?<![\w-])\+?\d[\d ().-]{5,}\d(?![\w-])/g;

/** Masks e-mails and phone numbers; the same original always gets the same mask, so joins survive. */
export function createMasker(): <T>(value: T) => T {
  const emails = new Map<string, string>();
  const phones = new Map<string, string>();
  const maskText = (text: string) =>
    text
      .replace(EMAIL, (email) => {
        const key = email.toLowerCase();
        if (!emails.has(key)) emails.set(key, `person${emails.size + 1}@example.invalid`);
        return emails.get(key)!;
      })
      .replace(PHONE, (phone) => {
        if (phone.replace(/\D/g, '').length < 7 || /^\d{4}-\d{2}-\d{2}/.test(phone)) return phone;
        if (!phones.has(phone)) phones.set(phone, `+1555010${String(phones.size + 1).padStart(4, '0')}`);
        return phones.get(phone)!;
      });
  const walk = (item: unknown): unknown => {
    if (typeof item === 'string') return maskText(item);
    if (Array.isArray(item)) return item.map(walk);
    if (item && typeof item === 'object') return Object.fromEntries(Object.entries(item).map(([key, member]) => [key, walk(member)]));
    return item;
  };
  return <T>(value: T) => walk(value) as T;
}

/** The query of a URL as an object; repeated names become arrays. */
export function queryOf(search: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [name, value] of search) {
    const current = query[name];
    query[name] = current === undefined ? value : [current].flat().concat(value);
  }
  return query;
}

/** A body as recorded: parsed JSON when it is JSON, the text otherwise, undefined when empty. */
export function bodyOf(buffer: Buffer, contentType: string | undefined): unknown {
  if (buffer.length === 0) return undefined;
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

/** Writes `<operationId>-<status>-<source>.json`, unique within the folder; returns its path. */
export function writeRecording(dir: string, recording: Recording, source = 'proxy'): string {
  mkdirSync(dir, { recursive: true });
  const stem = `${recording.operationId ?? 'Unmatched'}-${recording.response.status}-${source}`;
  let name = `${stem}.json`;
  for (let n = 2; existsSync(path.join(dir, name)); n += 1) name = `${stem}-${n}.json`;
  const file = path.join(dir, name);
  writeFileSync(file, `${JSON.stringify(recording, null, 2)}\n`);
  return file;
}
