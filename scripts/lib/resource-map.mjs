// The stateful mock's map of resources, derived from a bundled spec: every collection whose create
// (POST on a path) and get (GET on that path plus one `{param}` segment) share a path, with its
// list/update/delete operations when the spec has them, where the record sits in a response body,
// how its lists page and filter, and seed records taken from the spec's named examples.

import { operationsOf } from './spec-operations.mjs';
import { resolveRef as deref } from './spec-refs.mjs';

const PAGING = {
  'top-skip': { size: 'top', offset: 'skip' },
  'limit-offset': { size: 'limit', offset: 'offset' },
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CURSOR_PARAMS = new Set(['cursor']);

/** The example values of one media type: every named example's value, then the lone `example`. */
function exampleValues(spec, media) {
  if (!media) return [];
  const values = Object.entries(media.examples ?? {}).map(([name, example]) => ({ name, value: deref(spec, example)?.value }));
  if (media.example !== undefined) values.push({ name: 'example', value: media.example });
  return values.filter(({ value }) => value !== undefined);
}

function jsonMedia(spec, response) {
  const content = deref(spec, response)?.content ?? {};
  const type = Object.keys(content).find((candidate) => /json/.test(candidate));
  return type ? content[type] : undefined;
}

function successResponse(spec, operation) {
  const entry = Object.entries(operation.responses ?? {}).find(([status]) => /^2\d\d$/.test(status));
  return entry ? { status: Number(entry[0]), media: jsonMedia(spec, entry[1]) } : undefined;
}

/** '' when the example is the record itself, '/data' when it is wrapped in one member, else undefined. */
function recordPointer(value) {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  if ('id' in value) return '';
  const wrappers = Object.entries(value).filter(([, member]) => member && typeof member === 'object' && !Array.isArray(member) && 'id' in member);
  return wrappers.length === 1 ? `/${wrappers[0][0]}` : undefined;
}

function at(value, pointer) {
  return pointer === '' ? value : pointer.slice(1).split('/').reduce((node, key) => node?.[key], value);
}

function collectionName(collectionPath) {
  return collectionPath
    .split('/')
    .filter((segment) => segment && !/^v\d+$/.test(segment))
    .map((segment) => (segment.startsWith('{') ? ':' : segment))
    .join('/');
}

function describeList(spec, operation, parameters, itemPointerHint) {
  const names = parameters.filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name);
  const paging = Object.entries(PAGING).find(([, { size, offset }]) => names.includes(size) && names.includes(offset))?.[0] ?? 'none';
  const success = successResponse(spec, operation);
  const example = exampleValues(spec, success?.media)[0]?.value;
  const itemsMember = example && typeof example === 'object' ? Object.keys(example).find((key) => Array.isArray(example[key])) : undefined;
  if (!itemsMember && !Array.isArray(example)) return undefined;
  const envelope = example && !Array.isArray(example) ? example : {};
  const used = new Set([...(PAGING[paging] ? Object.values(PAGING[paging]) : []), ...CURSOR_PARAMS]);
  return {
    operationId: operation.operationId,
    itemsPointer: itemsMember ? `/${itemsMember}` : '',
    paging,
    hasMore: 'hasMore' in envelope ? '/hasMore' : undefined,
    total: 'total' in envelope ? '/total' : 'totalCount' in envelope ? '/totalCount' : undefined,
    cursor: envelope.metadata && 'next_cursor' in envelope.metadata ? '/metadata/next_cursor' : undefined,
    queryFilters: names.filter((name) => !used.has(name)),
    itemPointerHint,
  };
}

/** Records of the spec's named examples of a collection, in spec order, ids made unique. */
function seedRecords(spec, sources) {
  const records = [];
  const seen = new Map();
  for (const { media, pointer } of sources) {
    for (const { value } of exampleValues(spec, media)) {
      const found = pointer.list ? at(value, pointer.items) : [at(value, pointer.record)];
      for (const record of Array.isArray(found) ? found : []) {
        if (!record || typeof record !== 'object' || record.id === undefined) continue;
        const text = JSON.stringify(record);
        if ([...seen.values()].includes(text)) continue;
        seen.set(records.length, text);
        records.push(structuredClone(record));
      }
    }
  }
  return records;
}

/** Gives records that share an id (different examples of one id) ids of their own, so all stay seedable. */
function uniqueIds(records) {
  const taken = new Set();
  return records.map((record, index) => {
    if (!taken.has(String(record.id))) {
      taken.add(String(record.id));
      return record;
    }
    let id = record.id;
    if (typeof id === 'number') {
      while (taken.has(String(id))) id += 1000 + index;
    } else if (UUID.test(id)) {
      let n = index;
      while (taken.has(id)) id = `${record.id.slice(0, 24)}${(parseInt(record.id.slice(24), 16) + ++n).toString(16).padStart(12, '0').slice(-12)}`;
    } else {
      let n = 1;
      while (taken.has(String(id))) id = `${record.id}-${n++}`;
    }
    taken.add(String(id));
    return { ...record, id };
  });
}

/** @returns {{ api: string, collections: object[] }} */
export function buildResourceMap(apiId, spec) {
  const byPath = new Map();
  for (const { method, path, operation, parameters } of operationsOf(spec)) {
    if (!byPath.has(path)) byPath.set(path, {});
    byPath.get(path)[method] = { operation, parameters };
  }
  const collections = [];
  for (const [collectionPath, methods] of byPath) {
    if (!methods.post) continue;
    const itemPath = [...byPath.keys()].find((candidate) => {
      const rest = candidate.slice(collectionPath.length);
      return candidate.startsWith(`${collectionPath}/`) && /^\/\{[^/}]+\}$/.test(rest) && byPath.get(candidate).get;
    });
    if (!itemPath) continue;
    const item = byPath.get(itemPath);
    const idParamName = itemPath.slice(collectionPath.length + 2, -1);
    const idParam = item.get.parameters.find((parameter) => parameter.in === 'path' && parameter.name === idParamName);
    const idSchema = deref(spec, idParam?.schema) ?? {};
    const getSuccess = successResponse(spec, item.get.operation);
    const createSuccess = successResponse(spec, methods.post.operation);
    const getExample = exampleValues(spec, getSuccess?.media)[0]?.value;
    const record = recordPointer(getExample);
    // A POST that answers something other than the record (a job, a search handle) is not a create.
    if (record === undefined || !createSuccess || recordPointer(exampleValues(spec, createSuccess.media)[0]?.value) !== record) continue;
    const update = item.patch ? 'patch' : item.put ? 'put' : undefined;
    const list = methods.get ? describeList(spec, methods.get.operation, methods.get.parameters) : undefined;
    const updateSuccess = update ? successResponse(spec, item[update].operation) : undefined;
    const sources = [
      { media: getSuccess.media, pointer: { record } },
      ...(list ? [{ media: successResponse(spec, methods.get.operation)?.media, pointer: { list: true, items: list.itemsPointer } }] : []),
      { media: createSuccess.media, pointer: { record } },
      ...(updateSuccess ? [{ media: updateSuccess.media, pointer: { record } }] : []),
    ];
    const notFound = item.get.operation.responses?.['404'];
    collections.push({
      name: collectionName(collectionPath),
      collectionPath,
      itemPath,
      idParam: idParamName,
      idType: idSchema.type === 'integer' || idSchema.type === 'number' ? 'integer' : 'string',
      ...(idSchema.format ? { idFormat: idSchema.format } : {}),
      parentParams: [...collectionPath.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]),
      recordPointer: record,
      operations: {
        create: { operationId: methods.post.operation.operationId, status: createSuccess.status, body: Boolean(createSuccess.media) },
        get: { operationId: item.get.operation.operationId, status: getSuccess.status },
        ...(update ? { update: { operationId: item[update].operation.operationId, method: update.toUpperCase(), status: updateSuccess?.status ?? 200, body: Boolean(updateSuccess?.media) } } : {}),
        ...(item.delete ? { delete: { operationId: item.delete.operation.operationId, status: successResponse(spec, item.delete.operation)?.status ?? 204 } } : {}),
        ...(list ? { list: (({ itemPointerHint, ...rest }) => rest)(list) } : {}),
      },
      notFound: Boolean(notFound),
      seed: uniqueIds(seedRecords(spec, sources.filter(({ media }) => media))),
    });
  }
  return { api: apiId, collections };
}

/** @returns {Record<string, string>} one `packages/mock/specs/<api>.resources.json` per API */
export function renderResourceMaps(apis, specs) {
  const files = {};
  apis.forEach((api, index) => {
    const map = buildResourceMap(api.id, specs[index]);
    files[`packages/mock/specs/${api.id}.resources.json`] = `${JSON.stringify(
      { '//': 'generated by scripts/generate.mjs (scripts/lib/resource-map.mjs) from the spec — do not edit', ...map },
      null,
      2,
    )}\n`;
  });
  return files;
}
