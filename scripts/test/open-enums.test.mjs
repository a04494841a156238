import openapiTS, { astToString } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import { openResponseEnums } from '../lib/open-enums.mjs';
import { onlyReceived, schemaDirections } from '../lib/schema-directions.mjs';

const json = (schema) => ({ content: { 'application/json': { schema } } });
const spec = {
  openapi: '3.1.0',
  info: { title: 'Fixture', version: '1' },
  paths: {
    '/pets': {
      get: {
        operationId: 'ListPets',
        parameters: [{ name: 'sort', in: 'query', schema: { type: 'string', enum: ['name', 'age'] } }],
        responses: { 200: json({ type: 'array', items: { $ref: '#/components/schemas/Pet' } }) },
      },
      post: {
        operationId: 'CreatePet',
        requestBody: json({ $ref: '#/components/schemas/PetInput' }),
        responses: { 201: json({ type: 'object', properties: { state: { type: 'string', enum: ['queued', 'done'] } } }) },
      },
    },
  },
  components: {
    schemas: {
      Pet: {
        type: 'object',
        properties: {
          mood: { type: 'string', enum: ['calm', 'wild'] },
          size: { $ref: '#/components/schemas/Size' },
          sizes: { type: 'array', items: { $ref: '#/components/schemas/Size' } },
          kind: { type: 'string', enum: ['pet'] },
          colour: { $ref: '#/components/schemas/Colour' },
        },
      },
      PetInput: { type: 'object', properties: { size: { $ref: '#/components/schemas/Size' }, mood: { type: 'string', enum: ['calm', 'wild'] } } },
      Size: { type: 'string', enum: ['small', 'large'] },
      Colour: { type: ['string', 'null'], enum: ['black', 'white', null] },
    },
  },
};

async function render() {
  const enums = openResponseEnums(spec);
  return astToString(await openapiTS(structuredClone(spec), { transform: enums.transform, postTransform: enums.postTransform }));
}

const member = (types, name) => types.match(new RegExp(`\\b${name}\\??: ([^;]+);`))?.[1];

describe('open response enums', () => {
  it('knows which component schemas requests and responses reach', () => {
    const directions = schemaDirections(spec);
    expect([...directions.response].sort()).toEqual(['Colour', 'Pet', 'Size']);
    expect([...directions.request].sort()).toEqual(['PetInput', 'Size']);
    expect(onlyReceived(directions, '#/components/schemas/Pet')).toBe(true);
    expect(onlyReceived(directions, '#/components/schemas/Size')).toBe(false);
    expect(onlyReceived(directions, '#/paths/~1pets/post/responses/201/content/application~1json')).toBe(true);
    expect(onlyReceived(directions, '#/paths/~1pets/get/parameters/query')).toBe(false);
  });

  it('opens enums only responses carry, and keeps request enums closed', async () => {
    const types = await render();
    const pet = types.slice(types.indexOf('Pet: {'), types.indexOf('PetInput: {'));
    const input = types.slice(types.indexOf('PetInput: {'), types.indexOf('Size:'));
    expect(member(pet, 'mood')).toBe('"calm" | "wild" | (string & {})');
    expect(member(pet, 'colour')).toBe('components["schemas"]["Colour"]');
    expect(types).toContain('Colour: "black" | "white" | null | (string & {});');
    // Size travels both ways: closed where it is defined, open where a response uses it.
    expect(types).toContain('Size: "small" | "large";');
    expect(member(pet, 'size')).toBe('components["schemas"]["Size"] | (string & {})');
    expect(member(pet, 'sizes')).toBe('(components["schemas"]["Size"] | (string & {}))[]');
    // A single value is a discriminator: opening it would stop narrowing.
    expect(member(pet, 'kind')).toBe('"pet"');
    expect(member(input, 'size')).toBe('components["schemas"]["Size"]');
    expect(member(input, 'mood')).toBe('"calm" | "wild"');
    expect(member(types, 'sort')).toBe('"name" | "age"');
    expect(member(types, 'state')).toBe('"queued" | "done" | (string & {})');
  });
});
