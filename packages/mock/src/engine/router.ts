// Matches a method and path to a spec operation. Built once per API: a tree of path segments in
// which a literal segment wins over a `{param}` one (`/v3/contacts/filter` before `/v3/contacts/{id}`).

export interface RouteMatch<T> {
  route: T;
  params: Record<string, string>;
}

interface Node<T> {
  literal: Map<string, Node<T>>;
  param?: Node<T>;
  /** Per method: the route and its template's parameter names, in path order. */
  routes: Map<string, { route: T; names: string[] }>;
}

const node = <T>(): Node<T> => ({ literal: new Map(), routes: new Map() });

export class Router<T> {
  private readonly root: Node<T> = node();

  add(method: string, template: string, route: T): void {
    let at = this.root;
    const names: string[] = [];
    for (const segment of template.split('/').filter(Boolean)) {
      const param = /^\{(.+)\}$/.exec(segment);
      if (param) {
        names.push(param[1]!);
        at.param ??= node();
        at = at.param;
      } else {
        if (!at.literal.has(segment)) at.literal.set(segment, node());
        at = at.literal.get(segment)!;
      }
    }
    at.routes.set(method.toLowerCase(), { route, names });
  }

  /** The operation for this method and path; `allowed` lists the path's methods when only the method is wrong. */
  match(method: string, pathname: string): RouteMatch<T> | { allowed: string[] } | undefined {
    const segments = pathname.split('/').filter(Boolean).map((segment) => safeDecode(segment));
    const found = this.walk(this.root, segments, 0, []);
    if (!found) return undefined;
    const entry = found.node.routes.get(method.toLowerCase());
    if (!entry) return { allowed: [...found.node.routes.keys()] };
    return { route: entry.route, params: Object.fromEntries(entry.names.map((name, index) => [name, found.values[index]!])) };
  }

  private walk(at: Node<T>, segments: string[], index: number, values: string[]): { node: Node<T>; values: string[] } | undefined {
    if (index === segments.length) return at.routes.size > 0 ? { node: at, values } : undefined;
    const segment = segments[index]!;
    const literal = at.literal.get(segment);
    const viaLiteral = literal && this.walk(literal, segments, index + 1, values);
    if (viaLiteral) return viaLiteral;
    if (at.param) return this.walk(at.param, segments, index + 1, [...values, segment]);
    return undefined;
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
