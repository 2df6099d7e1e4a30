interface Route {
  pattern: RegExp;
  method: string;
  /** Media types of the request body; empty when the route takes none. */
  consumes: string[];
}

type DocumentPaths = Record<string, Record<string, { requestBody?: { content?: Record<string, unknown> } }>>;

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options']);

/** The routes of the API, from its OpenAPI document: which methods a path has, what bodies a route takes. */
export class RouteTable {
  private routes: Route[] = [];

  /** Loads the `paths` of the document (`/api/v1/sessions/{id}` templates). */
  load(paths: DocumentPaths): void {
    this.routes = [];
    for (const [template, item] of Object.entries(paths)) {
      const source = template
        .split(/\{[^}]+\}/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]+');
      const pattern = new RegExp(`^${source}/?$`);
      for (const [method, operation] of Object.entries(item)) {
        if (!HTTP_METHODS.has(method)) continue;
        this.routes.push({
          pattern,
          method: method.toUpperCase(),
          consumes: Object.keys(operation.requestBody?.content ?? {}),
        });
      }
    }
  }

  /** The methods known for `path` (HEAD with GET), empty when the path is unknown. */
  methodsOf(path: string): string[] {
    const methods = new Set<string>();
    for (const route of this.routes) {
      if (!route.pattern.test(path)) continue;
      methods.add(route.method);
      if (route.method === 'GET') methods.add('HEAD');
    }
    return [...methods];
  }

  /** The body media types of `method path`, or null when no such route is known. */
  consumesOf(method: string, path: string): string[] | null {
    const wanted = method === 'HEAD' ? 'GET' : method;
    return this.routes.find((r) => r.method === wanted && r.pattern.test(path))?.consumes ?? null;
  }
}
