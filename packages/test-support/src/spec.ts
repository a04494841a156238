// Reading bundled OpenAPI specs in tests: following `$ref`s and making up values a schema accepts.

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Follows local `$ref`s (`#/components/...`) until it reaches a value. */
export function resolveRef(spec: Json, node: Json): Json {
  let current = node;
  while (current && typeof current === 'object' && typeof current.$ref === 'string') {
    current = current.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce((at: Json, key: string) => at?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
  }
  return current;
}

const SAMPLE_UUID = '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11';

/** A value the schema accepts, preferring the spec's own examples. */
export function sampleValue(spec: Json, rawSchema: Json, declaredExample?: Json): Json {
  if (declaredExample !== undefined) return declaredExample;
  const schema = resolveRef(spec, rawSchema) ?? {};
  if (schema.examples?.length) return schema.examples[0];
  if (schema.example !== undefined) return schema.example;
  if (schema.default !== undefined) return schema.default;
  if (schema.enum?.length) return schema.enum.find((value: Json) => value !== null);
  const type = Array.isArray(schema.type) ? schema.type.find((candidate: string) => candidate !== 'null') : schema.type;
  switch (type) {
    case 'integer':
    case 'number':
      return Math.max(1, schema.minimum ?? 1);
    case 'boolean':
      return true;
    case 'array':
      return [sampleValue(spec, schema.items ?? {})];
    case 'string':
      if (schema.format === 'uuid') return SAMPLE_UUID;
      if (schema.format === 'date-time') return '2024-03-08T10:00:00+00:00';
      if (schema.format === 'date') return '2024-03-08';
      if (schema.format === 'email') return 'jane@example.com';
      if (schema.format === 'uri') return 'https://example.com';
      return 'sample';
    default:
      return schema.oneOf || schema.anyOf ? sampleValue(spec, (schema.oneOf ?? schema.anyOf)[0]) : 'sample';
  }
}
