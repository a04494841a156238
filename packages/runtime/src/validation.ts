// The engine behind each API package's generated `validators` subpath (`@engagekit/<api>/validators`).
// scripts/lib/validators.mjs compiles the spec's schemas ahead of time with Ajv's standalone mode;
// this module turns what those functions report into `Violation`s and decides what is drift. It is
// imported only by the generated validators, never by the SDK's entry point, so clients that do
// not validate do not carry it.

export interface Violation {
  /** JSON Pointer into the validated value; '' for the value itself. */
  pointer: string;
  /** The failed rule: 'type', 'required', 'enum', 'format', 'maximum', 'unknownMember', … */
  keyword: string;
  /** One line for humans, e.g. `null where string expected`. */
  message: string;
  /** What the schema wanted, short: 'string', 'one of active, paused', '≤ 1000'. */
  expected: string;
  /** The value found at `pointer` (undefined for a missing member). */
  observed?: unknown;
  /** In responses, an unknown member or an enum value the spec does not list. Never in requests. */
  drift: boolean;
  /** The schema object holding the violated rule, as a JSON Pointer into the bundled spec. */
  schemaPath: string;
}

export type ValidateFn = (value: unknown) => Violation[];

export interface OperationValidators {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly request: {
    readonly path?: ValidateFn;
    readonly query?: ValidateFn;
    readonly header?: ValidateFn;
    readonly body?: Readonly<Record<string, ValidateFn>>;
    readonly bodyRequired: boolean;
  };
  readonly responses: Readonly<Record<string, Readonly<Record<string, ValidateFn>>>>;
}

/** What `import('@engagekit/<api>/validators')` resolves to. */
export interface ValidatorModule {
  readonly operationIds: readonly string[];
  operationValidators(operationId: string): OperationValidators | undefined;
  responseValidator(operationId: string, status: number, mediaType?: string): ValidateFn | undefined;
}

// ---- what the generated module hands over -------------------------------------------------------

/** An Ajv standalone validate function (`messages: false`; schemaPaths rewritten to spec pointers). */
export interface CompiledSchema {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}

export interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
}

/** How a raw URL or header string becomes the parameter's type before it is validated. */
export type Coercion = 'integer' | 'number' | 'boolean' | 'string' | readonly ['array', 'integer' | 'number' | 'boolean' | 'string'];

export interface ParameterTable {
  readonly name: string;
  readonly required: boolean;
  readonly coerce: Coercion;
  /** Index into `schemas`. */
  readonly schema: number;
  /** Where the parameter is declared in the bundled spec. */
  readonly at: string;
}

/**
 * One node of the member map used to find unknown response members: `m` the declared members
 * (name → node index, -1 when there is nothing to walk into), `o` true when the schema admits
 * undeclared members, `a` the node of `additionalProperties`, `i` of `items`, `u` the nodes it
 * combines (`$ref`, `allOf`, `oneOf`, `anyOf`), `s` its pointer in the bundled spec.
 */
export interface ShapeNode {
  readonly s: string;
  readonly m?: Readonly<Record<string, number>>;
  readonly o?: 1;
  readonly a?: number;
  readonly i?: number;
  readonly u?: readonly number[];
}

export interface OperationTable {
  readonly id: string;
  readonly method: string;
  readonly path: string;
  readonly parameters?: { readonly path?: readonly ParameterTable[]; readonly query?: readonly ParameterTable[]; readonly header?: readonly ParameterTable[] };
  readonly body?: Readonly<Record<string, number>>;
  readonly bodyRequired: boolean;
  /** status → media type → [schema index, shape node index or -1]. */
  readonly responses: Readonly<Record<string, Readonly<Record<string, readonly [number, number]>>>>;
}

export interface ValidatorTables {
  readonly schemas: readonly CompiledSchema[];
  readonly shapes: readonly ShapeNode[];
  readonly operations: readonly OperationTable[];
  /** Switches the generated enum checks between closed (requests, first pass) and open. */
  readonly setOpenEnums: (open: boolean) => void;
}

// ---- runtime helpers the generated code calls ------------------------------------------------

/** Length in Unicode code points, as JSON Schema counts `maxLength`. */
export function ucs2length(value: string): number {
  let length = 0;
  for (let index = 0; index < value.length; length++) {
    const code = value.charCodeAt(index++);
    if (code >= 0xd800 && code <= 0xdbff && index < value.length && (value.charCodeAt(index) & 0xfc00) === 0xdc00) index++;
  }
  return length;
}

/** Structural equality of JSON values (`const`, `uniqueItems`, non-primitive `enum`). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a !== a && b !== b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((item, index) => deepEqual(item, (b as unknown[])[index]));
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)$/i;

function isDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && leap ? 29 : DAYS[month]!);
}

function isTime(value: string): boolean {
  const match = TIME.exec(value);
  if (!match) return false;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  const second = Number(match[3]);
  const sign = match[5] === '-' ? -1 : 1;
  const offsetHour = Number(match[6] ?? 0);
  const offsetMinute = Number(match[7] ?? 0);
  if (offsetHour > 23 || offsetMinute > 59) return false;
  if (hour <= 23 && minute <= 59 && second < 60) return true;
  // A leap second is valid only at 23:59:60 UTC.
  const utcMinute = minute - offsetMinute * sign;
  const utcHour = hour - offsetHour * sign - (utcMinute < 0 ? 1 : 0);
  return (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1) && second < 61;
}

// ajv-formats' full-mode `uri` (RFC 3986), so validators agree with the contract tests.
const URI =
  /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
const NOT_URI_FRAGMENT = /\/|:/;
const EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const UUID = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;

const integerWithin = (min: number, max: number) => (value: number) => Number.isInteger(value) && value >= min && value <= max;

/**
 * The formats our specs use, in the shape Ajv compiled them with (`{ type, validate }`). The
 * string formats follow ajv-formats' full mode; `int16` and `decimal` come from the vendors' docs.
 * scripts/lib/validators.mjs refuses to generate for a format missing here.
 */
export const formats: Readonly<Record<string, { type: 'string' | 'number'; validate: (value: never) => boolean }>> = {
  date: { type: 'string', validate: isDate },
  time: { type: 'string', validate: isTime },
  'date-time': {
    type: 'string',
    validate: (value: string) => {
      const parts = value.split(/t|\s/i);
      return parts.length === 2 && isDate(parts[0]!) && isTime(parts[1]!);
    },
  },
  email: { type: 'string', validate: (value: string) => EMAIL.test(value) },
  uri: { type: 'string', validate: (value: string) => NOT_URI_FRAGMENT.test(value) && URI.test(value) },
  uuid: { type: 'string', validate: (value: string) => UUID.test(value) },
  binary: { type: 'string', validate: () => true },
  byte: { type: 'string', validate: (value: string) => /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(value) },
  password: { type: 'string', validate: () => true },
  int16: { type: 'number', validate: integerWithin(-32_768, 32_767) },
  int32: { type: 'number', validate: integerWithin(-(2 ** 31), 2 ** 31 - 1) },
  int64: { type: 'number', validate: (value: number) => Number.isInteger(value) },
  float: { type: 'number', validate: () => true },
  double: { type: 'number', validate: () => true },
  decimal: { type: 'number', validate: (value: number) => Number.isFinite(value) },
};

// ---- turning Ajv errors into violations --------------------------------------------------------

const escapeToken = (token: string) => token.replace(/~/g, '~0').replace(/\//g, '~1');

function valueAt(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  let value: unknown = root;
  for (const token of pointer.slice(1).split('/')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[token.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return value;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (value === undefined) return 'undefined';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

const COMPARISON: Record<string, string> = { '<=': '≤', '>=': '≥', '<': '<', '>': '>' };

/** The schema object holding the keyword: ajv's schemaPath less the keyword itself. */
function schemaOf(error: AjvError): string {
  const path = error.schemaPath;
  const last = path.lastIndexOf('/');
  return last >= 0 && path.slice(last + 1) === error.keyword ? path.slice(0, last) : path;
}

/** The same members in the documented order, so printed violations read alike. */
function ordered({ pointer, keyword, message, expected, observed, drift, schemaPath }: Violation): Violation {
  return { pointer, keyword, message, expected, observed, drift, schemaPath };
}

function toViolation(error: AjvError, root: unknown, prefix: string, response: boolean): Violation {
  return ordered(describeError(error, root, prefix, response));
}

function describeError(error: AjvError, root: unknown, prefix: string, response: boolean): Violation {
  const pointer = prefix + error.instancePath;
  const observed = valueAt(root, error.instancePath);
  const schemaPath = schemaOf(error);
  const params = error.params;
  const base = { pointer, observed, schemaPath, drift: false };
  switch (error.keyword) {
    case 'type': {
      const expected = String(params.type).split(',').join(' or ');
      return { ...base, keyword: 'type', expected, message: `${kindOf(observed)} where ${expected} expected` };
    }
    case 'required': {
      const name = String(params.missingProperty);
      return { ...base, pointer: `${pointer}/${escapeToken(name)}`, observed: undefined, keyword: 'required', expected: `member ${name}`, message: `missing required member ${name}` };
    }
    case 'enum':
    case 'engagekitEnum': {
      const expected = `one of ${(params.allowedValues as unknown[]).map((value) => (typeof value === 'string' ? value : JSON.stringify(value))).join(', ')}`;
      return { ...base, keyword: 'enum', expected, drift: response, message: `${show(observed)} is not ${expected}` };
    }
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const member = valueAt(observed, `/${escapeToken(name)}`);
      return {
        ...base,
        pointer: `${pointer}/${escapeToken(name)}`,
        observed: member,
        keyword: 'unknownMember',
        expected: 'no such member',
        drift: response,
        message: `unknown member ${name} (${kindOf(member)})`,
      };
    }
    case 'format':
      return { ...base, keyword: 'format', expected: String(params.format), message: `${show(observed)} is not a valid ${String(params.format)}` };
    case 'maximum':
    case 'minimum':
    case 'exclusiveMaximum':
    case 'exclusiveMinimum': {
      const expected = `${COMPARISON[String(params.comparison)] ?? String(params.comparison)} ${String(params.limit)}`;
      return { ...base, keyword: error.keyword, expected, message: `${show(observed)} is not ${expected}` };
    }
    case 'maxLength':
    case 'minLength': {
      const expected = `${error.keyword === 'maxLength' ? 'at most' : 'at least'} ${String(params.limit)} characters`;
      return { ...base, keyword: error.keyword, expected, message: `${show(observed)} has not ${expected}` };
    }
    case 'maxItems':
    case 'minItems':
    case 'maxProperties':
    case 'minProperties': {
      const unit = error.keyword.endsWith('Items') ? 'items' : 'members';
      const expected = `${error.keyword.startsWith('max') ? 'at most' : 'at least'} ${String(params.limit)} ${unit}`;
      return { ...base, keyword: error.keyword, expected, message: `${kindOf(observed)} with not ${expected}` };
    }
    case 'pattern':
      return { ...base, keyword: 'pattern', expected: `matching ${String(params.pattern)}`, message: `${show(observed)} does not match ${String(params.pattern)}` };
    case 'const':
      return { ...base, keyword: 'const', expected: show(params.allowedValue), message: `${show(observed)} is not ${show(params.allowedValue)}` };
    case 'oneOf':
      return {
        ...base,
        keyword: 'oneOf',
        expected: 'exactly one alternative',
        message: params.passingSchemas ? `${kindOf(observed)} matches more than one alternative` : `${kindOf(observed)} matches none of the alternatives`,
      };
    case 'anyOf':
      return { ...base, keyword: 'anyOf', expected: 'one of the alternatives', message: `${kindOf(observed)} matches none of the alternatives` };
    case 'uniqueItems':
      return { ...base, keyword: 'uniqueItems', expected: 'unique items', message: `items ${String(params.j)} and ${String(params.i)} are equal` };
    case 'multipleOf':
      return { ...base, keyword: 'multipleOf', expected: `a multiple of ${String(params.multipleOf)}`, message: `${show(observed)} is not a multiple of ${String(params.multipleOf)}` };
    default:
      return { ...base, keyword: error.keyword, expected: `${error.keyword} ${JSON.stringify(params)}`, message: `${show(observed)} violates ${error.keyword}` };
  }
}

// ---- unknown members in responses ------------------------------------------------------------

/** What a set of shape nodes says about a value, merged over `$ref`/`allOf`/`oneOf`/`anyOf`. */
interface MergedShape {
  /** Member name → nodes to walk into (possibly none). */
  readonly members: Map<string, number[]> | undefined;
  readonly open: boolean;
  readonly additional: readonly number[];
  readonly items: readonly number[];
  /** The first schema declaring members: where an unknown member would be declared. */
  readonly declaredAt: string;
}

/**
 * Merges the nodes that hold structure. Alternatives are united: a member any branch of a
 * `oneOf` declares is known, so a member is reported only when no reading of the spec knows it.
 */
function mergeShapes(shapes: readonly ShapeNode[], ids: readonly number[]): MergedShape | undefined {
  const seen = new Set<number>();
  const leaves: ShapeNode[] = [];
  const visit = (id: number) => {
    if (id < 0 || seen.has(id)) return;
    seen.add(id);
    const node = shapes[id]!;
    if (node.m || node.o || node.a !== undefined || node.i !== undefined) leaves.push(node);
    for (const child of node.u ?? []) visit(child);
  };
  for (const id of ids) visit(id);
  if (leaves.length === 0) return undefined;
  let members: Map<string, number[]> | undefined;
  let declaredAt = '';
  for (const leaf of leaves) {
    if (!leaf.m) continue;
    members ??= new Map();
    if (declaredAt === '') declaredAt = leaf.s;
    for (const [name, child] of Object.entries(leaf.m)) {
      const walk = members.get(name) ?? [];
      if (child >= 0 && !walk.includes(child)) walk.push(child);
      members.set(name, walk);
    }
  }
  return {
    members,
    open: members === undefined || leaves.some((leaf) => leaf.o),
    additional: leaves.flatMap((leaf) => (leaf.a !== undefined && leaf.a >= 0 ? [leaf.a] : [])),
    items: leaves.flatMap((leaf) => (leaf.i !== undefined && leaf.i >= 0 ? [leaf.i] : [])),
    declaredAt,
  };
}

/** Finds members no schema declares; merged shapes are cached, pointers built only to report. */
class MemberWalker {
  private readonly merged = new Map<string, MergedShape | undefined>();

  constructor(private readonly shapes: readonly ShapeNode[]) {}

  walk(ids: readonly number[], value: unknown, path: string[], out: Violation[]): void {
    if (value === null || typeof value !== 'object') return;
    const key = ids.length === 1 ? String(ids[0]) : ids.join(',');
    let shape = this.merged.get(key);
    if (shape === undefined && !this.merged.has(key)) {
      shape = mergeShapes(this.shapes, ids);
      this.merged.set(key, shape);
    }
    if (!shape) return;
    if (Array.isArray(value)) {
      if (shape.items.length === 0) return;
      for (let index = 0; index < value.length; index++) {
        path.push(String(index));
        this.walk(shape.items, value[index], path, out);
        path.pop();
      }
      return;
    }
    for (const name in value) {
      if (!Object.hasOwn(value, name)) continue;
      const member = (value as Record<string, unknown>)[name];
      const children = shape.members?.get(name);
      if (children === undefined && !shape.open) {
        out.push({
          pointer: [...path, name].map((token) => `/${escapeToken(token)}`).join(''),
          keyword: 'unknownMember',
          message: `unknown member ${name} (${kindOf(member)})`,
          expected: 'no such member',
          observed: member,
          drift: true,
          schemaPath: shape.declaredAt,
        });
        continue;
      }
      const next = children ?? shape.additional;
      if (next.length === 0 || member === null || typeof member !== 'object') continue;
      path.push(name);
      this.walk(next, member, path, out);
      path.pop();
    }
  }
}

// ---- assembling the module -------------------------------------------------------------------

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function coerce(value: unknown, coercion: Coercion): unknown {
  if (Array.isArray(coercion)) {
    const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value];
    return items.map((item) => coerce(item, coercion[1]!));
  }
  if (typeof value !== 'string') return value;
  if ((coercion === 'integer' || coercion === 'number') && /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(value.trim())) return Number(value);
  if (coercion === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

function runSchema(schema: CompiledSchema, value: unknown, prefix: string, response: boolean): Violation[] {
  if (schema(value)) return [];
  return (schema.errors ?? []).map((error) => toViolation(error, value, prefix, response));
}

function parametersValidator(schemas: readonly CompiledSchema[], parameters: readonly ParameterTable[], caseInsensitive: boolean): ValidateFn {
  return (input) => {
    const violations: Violation[] = [];
    const values = isPlainObject(input) ? input : {};
    const lookup = caseInsensitive ? new Map(Object.entries(values).map(([key, value]) => [key.toLowerCase(), value])) : undefined;
    for (const parameter of parameters) {
      const raw = lookup ? lookup.get(parameter.name.toLowerCase()) : values[parameter.name];
      const pointer = `/${escapeToken(parameter.name)}`;
      if (raw === undefined) {
        if (parameter.required) {
          violations.push({
            pointer,
            keyword: 'required',
            message: `missing required parameter ${parameter.name}`,
            expected: `parameter ${parameter.name}`,
            drift: false,
            schemaPath: parameter.at,
          });
        }
        continue;
      }
      violations.push(...runSchema(schemas[parameter.schema]!, coerce(raw, parameter.coerce), pointer, false));
    }
    return violations;
  };
}

function responseValidatorOf(tables: ValidatorTables, walker: MemberWalker, schemaIndex: number, shape: number): ValidateFn {
  const schema = tables.schemas[schemaIndex]!;
  return (value) => {
    const violations: Violation[] = [];
    if (!schema(value)) {
      // First pass with closed enums: its enum failures are the drift to report. The second pass,
      // with open enums, decides what is really wrong, so an unlisted value inside a `oneOf`
      // branch does not make the whole alternative fail.
      const closed = schema.errors ?? [];
      tables.setOpenEnums(true);
      let open: AjvError[];
      try {
        open = schema(value) ? [] : (schema.errors ?? []);
      } finally {
        tables.setOpenEnums(false);
      }
      for (const error of closed) if (error.keyword === 'engagekitEnum' || error.keyword === 'enum') violations.push(toViolation(error, value, '', true));
      for (const error of open) {
        // Members an `additionalProperties: false` forbids are drift like any unknown member.
        violations.push(toViolation(error, value, '', true));
      }
    }
    if (shape >= 0) walker.walk([shape], value, [], violations);
    return violations;
  };
}

const RANGE = (status: number) => `${Math.floor(status / 100)}XX`;

function isJson(mediaType: string): boolean {
  return mediaType === 'application/json' || mediaType.endsWith('+json');
}

function pickMedia<T>(byMedia: Readonly<Record<string, T>>, mediaType: string | undefined): T | undefined {
  const types = Object.keys(byMedia);
  if (mediaType === undefined) return byMedia['application/json'] ?? (types[0] === undefined ? undefined : byMedia[types[0]]);
  const bare = mediaType.split(';')[0]!.trim().toLowerCase();
  if (byMedia[bare]) return byMedia[bare];
  if (isJson(bare)) {
    const json = types.find(isJson);
    if (json) return byMedia[json];
  }
  const wildcard = types.find((type) => type === '*/*' || (type.endsWith('/*') && bare.startsWith(type.slice(0, -1))));
  return wildcard === undefined ? undefined : byMedia[wildcard];
}

/** Builds what a generated validators module exports from its compiled tables. */
export function defineValidators(tables: ValidatorTables): ValidatorModule {
  const byId = new Map(tables.operations.map((operation) => [operation.id, operation]));
  const built = new Map<string, OperationValidators>();
  const walker = new MemberWalker(tables.shapes);

  function operationValidators(operationId: string): OperationValidators | undefined {
    const cached = built.get(operationId);
    if (cached) return cached;
    const table = byId.get(operationId);
    if (!table) return undefined;
    const parameters = table.parameters ?? {};
    const body = table.body && Object.fromEntries(Object.entries(table.body).map(([type, index]) => [type, (value: unknown) => runSchema(tables.schemas[index]!, value, '', false)]));
    const responses = Object.fromEntries(
      Object.entries(table.responses).map(([status, byMedia]) => [
        status,
        Object.fromEntries(Object.entries(byMedia).map(([type, [schema, shape]]) => [type, responseValidatorOf(tables, walker, schema, shape)])),
      ]),
    );
    const validators: OperationValidators = {
      operationId,
      method: table.method,
      path: table.path,
      request: {
        ...(parameters.path && { path: parametersValidator(tables.schemas, parameters.path, false) }),
        ...(parameters.query && { query: parametersValidator(tables.schemas, parameters.query, false) }),
        ...(parameters.header && { header: parametersValidator(tables.schemas, parameters.header, true) }),
        ...(body && { body }),
        bodyRequired: table.bodyRequired,
      },
      responses,
    };
    built.set(operationId, validators);
    return validators;
  }

  function responseValidator(operationId: string, status: number, mediaType?: string): ValidateFn | undefined {
    const responses = operationValidators(operationId)?.responses;
    if (!responses) return undefined;
    const byMedia = responses[String(status)] ?? responses[RANGE(status)] ?? responses[RANGE(status).toLowerCase()] ?? responses.default;
    return byMedia && pickMedia(byMedia, mediaType);
  }

  return { operationIds: tables.operations.map((operation) => operation.id), operationValidators, responseValidator };
}
