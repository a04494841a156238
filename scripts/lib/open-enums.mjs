// Response enums are open in the generated types: `'a' | 'b' | (string & {})` still autocompletes
// the known values and accepts one the API adds later. Request enums stay closed, so a wrong value
// in a request still does not compile. The rule, by where a schema sits (scripts/lib/schema-directions.mjs):
// - an enum only ever received (in a response, or in a component only responses reach) is open;
// - an enum component both sent and received stays closed as a type, and each place a response
//   uses it (a member or an array item `$ref`) reads `Schemas['X'] | (string & {})`;
// - single-value enums stay closed: they are discriminators, and opening them would stop narrowing.
import ts from 'typescript';
import { oapiRef } from 'openapi-typescript';
import { onlyReceived, schemaDirections } from './schema-directions.mjs';

const SCHEMA_PREFIX = '#/components/schemas/';

/** `(string & {})`: any string, without swallowing the literals beside it in editors' completions. */
const ANY_OTHER_STRING = ts.factory.createParenthesizedType(
  ts.factory.createIntersectionTypeNode([ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword), ts.factory.createTypeLiteralNode([])]),
);

// openapi-typescript renders enum members as identifiers holding the JSON text (`"active"`).
const isStringLiteral = (node) =>
  (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) || (ts.isIdentifier(node) && /^".*"$/s.test(node.text));
const isNull = (node) => (ts.isLiteralTypeNode(node) && node.literal.kind === ts.SyntaxKind.NullKeyword) || (ts.isIdentifier(node) && node.text === 'null');
const literalText = (node) => (ts.isIdentifier(node) ? JSON.parse(node.text) : node.literal.text);

/** A closed union of two or more string literals (and maybe null): what an enum renders to. */
function isClosedStringEnum(node) {
  return ts.isUnionTypeNode(node) && node.types.every((member) => isStringLiteral(member) || isNull(member)) && node.types.filter(isStringLiteral).length >= 2;
}

/** `components["schemas"]["X"]` → X */
function componentOf(node) {
  if (!ts.isIndexedAccessTypeNode(node) || !isStringLiteral(node.indexType)) return undefined;
  const outer = node.objectType;
  if (!ts.isIndexedAccessTypeNode(outer) || !isStringLiteral(outer.indexType) || literalText(outer.indexType) !== 'schemas') return undefined;
  const root = outer.objectType;
  return ts.isTypeReferenceNode(root) && ts.isIdentifier(root.typeName) && root.typeName.text === 'components' ? literalText(node.indexType) : undefined;
}

const open = (node) => ts.factory.createUnionTypeNode([node, ANY_OTHER_STRING]);

/**
 * openapi-typescript hooks opening the spec's response enums.
 * @returns {{ transform: Function, postTransform: Function }}
 */
export function openResponseEnums(spec) {
  const directions = schemaDirections(spec);
  const schemas = spec.components?.schemas ?? {};
  const isEnumSchema = (schema) =>
    Array.isArray(schema?.enum) &&
    schema.enum.filter((value) => typeof value === 'string').length >= 2 &&
    schema.enum.every((value) => typeof value === 'string' || value === null);
  /** A string enum component that requests use too, so it stays closed where it is defined. */
  const sharedEnum = (name) => name !== undefined && isEnumSchema(schemas[name]) && directions.request.has(name) && directions.response.has(name);
  const refName = (ref) => (typeof ref === 'string' && ref.startsWith(SCHEMA_PREFIX) ? ref.slice(SCHEMA_PREFIX.length).replace(/~1/g, '/').replace(/~0/g, '~') : undefined);

  return {
    // Members that `$ref` an enum are typed by the reference alone; openapi-typescript asks here.
    transform(schema, options) {
      if (!schema || typeof schema !== 'object' || !onlyReceived(directions, options.path)) return undefined;
      return sharedEnum(refName(schema.$ref)) ? open(oapiRef(schema.$ref)) : undefined;
    },
    // Every other schema's rendered type passes here: inline enums, enum components, array items.
    postTransform(type, options) {
      if (!onlyReceived(directions, options.path)) return undefined;
      if (isClosedStringEnum(type)) return ts.factory.createUnionTypeNode([...type.types, ANY_OTHER_STRING]);
      return sharedEnum(componentOf(type)) ? open(type) : undefined;
    },
  };
}
