import { describe, expect, it } from 'vitest';
import { addCodeSamples, codeSamplesOf, operationCalls, renderSampleChecks } from '../lib/code-samples.mjs';

const api = (sdk) => ({ id: 'things-v2', packageName: '@engagekit/things-v2', apiKeyEnv: 'THINGS_API_KEY', ...(sdk && { sdk }) });
const things = api({ packageName: '@engagekit/things', className: 'Things', namespace: ['v2'] });

const spec = {
  paths: {
    '/v2/things/{id}': {
      parameters: [{ $ref: '#/components/parameters/ThingId' }],
      patch: {
        operationId: 'UpdateThing',
        'x-sdk-method': 'things.update',
        parameters: [
          { name: 'dryRun', in: 'query', required: true, schema: { type: 'boolean' } },
          { name: 'expand', in: 'query', schema: { type: 'string' } },
        ],
        requestBody: {
          content: {
            'application/json': {
              schema: { $ref: '#/components/schemas/Thing' },
              examples: {
                first: { value: { name: "O'Brien", 'x-color': 'red' } },
                second: { value: { name: 'never used' } },
              },
            },
          },
        },
      },
    },
    '/v2/things/{id}/photo': {
      put: {
        operationId: 'UploadThingPhoto',
        'x-sdk-method': 'things.photo.upload',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
        requestBody: {
          content: {
            'multipart/form-data': {
              schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
              examples: { photo: { $ref: '#/components/examples/Photo' } },
            },
          },
        },
      },
    },
    '/v2/health': { get: { operationId: 'Health', 'x-sdk-method': 'health.get' } },
  },
  components: {
    parameters: { ThingId: { name: 'id', in: 'path', required: true, schema: { type: 'integer' }, example: 77 } },
    schemas: { Thing: { type: 'object', properties: { name: { type: 'string' }, 'x-color': { type: 'string' } } } },
    examples: { Photo: { value: { file: 'thing.png' } } },
  },
};

describe('code samples', () => {
  it('calls the SDK method named by x-sdk-method, under its namespace, with parameters by name and the first example as body', () => {
    const [update] = operationCalls(spec, things);
    expect(update.sdk).toBe(
      [
        'const result = await things.v2.things.update({',
        '  id: 77,',
        '  dryRun: true,',
        "  body: { name: 'O\\'Brien', 'x-color': 'red' },",
        '});',
      ].join('\n'),
    );
    expect(update.client).toBe(
      [
        "const { data, error } = await client.PATCH('/v2/things/{id}', {",
        '  params: { path: { id: 77 }, query: { dryRun: true } },',
        "  body: { name: 'O\\'Brien', 'x-color': 'red' },",
        '});',
      ].join('\n'),
    );
  });

  it('passes an upload field as a Blob read from the file the example names', () => {
    const upload = operationCalls(spec, things)[1];
    expect(upload.uploads).toBe(true);
    expect(upload.sdk).toContain("body: { file: await openAsBlob('thing.png') }");
    expect(upload.sdk).toContain("id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11'");
    const [, sample] = codeSamplesOf(spec, things).get('PUT /v2/things/{id}/photo');
    expect(sample.source.startsWith("import { openAsBlob } from 'node:fs';\nimport { createClient } from '@engagekit/things-v2';\n")).toBe(true);
  });

  it('calls an operation without input with no argument', () => {
    const health = operationCalls(spec, things)[2];
    expect(health.sdk).toBe('const result = await things.v2.health.get();');
    expect(health.client).toBe("const { data, error } = await client.GET('/v2/health');");
  });

  it('gives each operation an SDK and a typed-client sample with the lines that build the client', () => {
    const samples = addCodeSamples(structuredClone(spec), things).paths['/v2/health'].get['x-codeSamples'];
    expect(samples).toEqual([
      {
        lang: 'TypeScript',
        label: 'SDK',
        source: "import { Things } from '@engagekit/things';\n\nconst things = new Things({ apiKey: process.env.THINGS_API_KEY! });\nconst result = await things.v2.health.get();\n",
      },
      {
        lang: 'TypeScript',
        label: 'Typed client',
        source: "import { createClient } from '@engagekit/things-v2';\n\nconst client = createClient({ apiKey: process.env.THINGS_API_KEY! });\nconst { data, error } = await client.GET('/v2/health');\n",
      },
    ]);
  });

  it('shows only the typed client for an API that no SDK exposes', () => {
    const samples = codeSamplesOf(spec, api()).get('GET /v2/health');
    expect(samples.map((sample) => sample.label)).toEqual(['Typed client']);
  });

  it('puts every call, exactly as the reference shows it, into the module tsc checks, under the same setup', () => {
    const module = renderSampleChecks(spec, things, '// header\n');
    const samples = codeSamplesOf(spec, things);
    for (const call of operationCalls(spec, things)) {
      const [sdkSample, clientSample] = samples.get(`${call.method.toUpperCase()} ${call.path}`);
      expect(sdkSample.source.endsWith(`\n${call.sdk}\n`)).toBe(true);
      expect(clientSample.source.endsWith(`\n${call.client}\n`)).toBe(true);
      for (const code of [call.sdk, call.client]) expect(module).toContain(code.replace(/^/gm, '    '));
    }
    for (const line of ["import { openAsBlob } from 'node:fs';", "import { Things } from '@engagekit/things';", "import { createClient } from '@engagekit/things-v2';"]) {
      expect(module).toContain(`${line}\n`);
    }
    expect(module).toContain('  const things = new Things({ apiKey: process.env.THINGS_API_KEY! });\n');
    expect(module).toContain('  const client = createClient({ apiKey: process.env.THINGS_API_KEY! });\n');
  });
});
