import { InvalidRequestError } from './errors.js';
import type { RequestOptions, RouteSpec } from './routes.js';
import { isValidTimeout, MAX_TIMEOUT_MS } from './transport.js';

/**
 * Why an SDK call's input cannot make a request, or undefined when it can. Uses only what the route
 * table precomputed (its path parameters, whether a body is required), so a valid call costs a loop
 * over its path parameters.
 */
export function inputProblem(route: RouteSpec, input: unknown): InvalidRequestError | undefined {
  const where = () => `${route.operationId} (${route.method.toUpperCase()} ${route.path})`;
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    const needs = route.pathParams.length > 0 ? `{ ${route.pathParams.join(', ')}${route.body === 'required' ? ', body' : ''} }` : 'an object';
    return new InvalidRequestError(`${where()}: the input must be an object such as ${needs}, got ${describe(input)}.`, route.operationId, undefined);
  }
  for (const name of route.pathParams) {
    const value = (input as Record<string, unknown>)[name];
    const problem =
      value === undefined
        ? 'is missing'
        : typeof value === 'number'
          ? Number.isFinite(value)
            ? undefined
            : `must be a finite number, got ${value}`
          : typeof value !== 'string'
            ? `must be a string or a number, got ${describe(value)}`
            : value === '' || value === '.' || value === '..'
              ? `must not be ${JSON.stringify(value)}: it would change the route`
              : undefined;
    if (problem) return new InvalidRequestError(`${where()}: path parameter ${name} ${problem}.`, route.operationId, name);
  }
  if (route.body === 'required' && (input as Record<string, unknown>).body === undefined) {
    return new InvalidRequestError(`${where()}: body is required.`, route.operationId, 'body');
  }
  return undefined;
}

export function checkInput(route: RouteSpec, input: unknown): void {
  const problem = inputProblem(route, input);
  if (problem) throw problem;
}

/** Per-call options get the checks the client's options got at construction. */
export function checkRequestOptions(route: RouteSpec, options: RequestOptions): void {
  if (options.timeout !== undefined && !isValidTimeout(options.timeout)) {
    throw new InvalidRequestError(
      `${route.operationId}: timeout must be a positive number of milliseconds up to ${MAX_TIMEOUT_MS}, or Infinity for none; got ${options.timeout}.`,
      route.operationId,
      'timeout',
    );
  }
  if (options.maxRetries !== undefined && !(Number.isInteger(options.maxRetries) && options.maxRetries >= 0)) {
    throw new InvalidRequestError(`${route.operationId}: maxRetries must be a whole number ≥ 0; got ${options.maxRetries}.`, route.operationId, 'maxRetries');
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}
