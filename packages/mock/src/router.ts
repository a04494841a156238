// Matches a request (method + URL path) to a spec operation by its path template. Literal segments
// win over templated ones, as in Reply's overlapping paths (`/v3/inbox/threads/categories/{id}`
// over `/v3/inbox/threads/{id}/category`). A server URL's path prefix (`/v1`) is tried stripped too.

export interface RoutableOperation {
  operationId: string;
  method: string;
  /** Spec path template, e.g. `/v3/contacts/{id}`. */
  path: string;
}

export interface RouteMatch<T extends RoutableOperation> {
  operation: T;
  params: Record<string, string>;
}

interface Route<T> {
  operation: T;
  method: string;
  regex: RegExp;
  names: string[];
  literals: number;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function createRouter<T extends RoutableOperation>(operations: Iterable<T>, prefixes: string[] = []) {
  const routes: Route<T>[] = [];
  for (const operation of operations) {
    const segments = operation.path.split('/').filter(Boolean);
    const names: string[] = [];
    const pattern = segments
      .map((segment) =>
        segment.replace(/\{([^}]+)\}|[^{}]+/g, (part: string, name: string | undefined) => {
          if (name === undefined) return escapeRegExp(part);
          names.push(name);
          return '([^/]+)';
        }),
      )
      .join('/');
    routes.push({
      operation,
      method: operation.method.toLowerCase(),
      regex: new RegExp(`^/${pattern}/?$`),
      names,
      literals: segments.filter((segment) => !segment.includes('{')).length,
    });
  }
  routes.sort((a, b) => b.literals - a.literals);
  const stripped = prefixes.map((prefix) => prefix.replace(/\/+$/, '')).filter(Boolean);

  return function match(method: string, urlPath: string): RouteMatch<T> | undefined {
    const lower = method.toLowerCase();
    const candidates = [urlPath, ...stripped.filter((prefix) => urlPath.startsWith(`${prefix}/`)).map((prefix) => urlPath.slice(prefix.length))];
    for (const candidate of candidates) {
      for (const route of routes) {
        if (route.method !== lower) continue;
        const found = route.regex.exec(candidate);
        if (!found) continue;
        const params = Object.fromEntries(route.names.map((name, index) => [name, safeDecode(found[index + 1]!)]));
        return { operation: route.operation, params };
      }
    }
    return undefined;
  };
}
