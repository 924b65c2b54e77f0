import { registry } from '../registry.js';
import { randomId } from './encode.js';

/** Clerk's error code for each status the fake can be told to fail with; others are `internal_clerk_error`. */
export const ERROR_CODES: Readonly<Record<number, string>> = {
  400: 'bad_request',
  401: 'authentication_invalid',
  402: 'payment_required',
  403: 'authorization_invalid',
  404: 'resource_not_found',
  413: 'request_body_too_large',
  422: 'form_param_value_invalid',
  429: 'too_many_requests',
};

/** A failure Clerk answers with its error envelope: thrown by handlers and checks, answered by the route table. */
export class ClerkFailure {
  /**
   * @param param The parameter at fault, shown as `meta.param_name`.
   * @param more Clerk's `long_message` when it differs from `message`, and other `meta` fields.
   */
  constructor(
    readonly status: number,
    readonly code: string,
    readonly message: string,
    readonly param?: string,
    readonly more: { long_message?: string; meta?: Record<string, unknown> } = {},
  ) {}
}

/** Clerk's error envelope for a failure, with a fresh trace id. */
export function errorResponse(failure: ClerkFailure, headers: Record<string, string> = {}): Response {
  const body = {
    errors: [
      {
        code: failure.code,
        message: failure.message,
        long_message: failure.more.long_message ?? failure.message,
        meta: { ...(failure.param ? { param_name: failure.param } : {}), ...failure.more.meta },
      },
    ],
    clerk_trace_id: randomId('trace_', 32),
  };
  return new Response(JSON.stringify(body), { status: failure.status, headers: { 'content-type': 'application/json', ...headers } });
}

/** The value, or Clerk's 404 `resource_not_found` when there is none. */
export function found<T>(value: T | undefined, message = 'Resource not found'): T {
  if (value === undefined) throw new ClerkFailure(404, 'resource_not_found', message);
  return value;
}

/** A path segment decoded; a malformed `%` is Clerk's 400. */
export function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new ClerkFailure(400, 'malformed_request', 'The path is not validly percent-encoded');
  }
}

/** The body as a JSON object (an empty body is `{}`); anything else is Clerk's 400. */
export async function jsonBody(request: Request): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    body = JSON.parse((await request.text()) || '{}');
  } catch {
    throw new ClerkFailure(400, 'malformed_request', 'The body is not valid JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new ClerkFailure(400, 'malformed_request', 'The body must be a JSON object');
  return body as Record<string, unknown>;
}

/** A key of the body not in `allowed` is Clerk's 422 `form_param_unknown`. */
export function allowOnly(body: Record<string, unknown>, allowed: string[]): void {
  for (const key of Object.keys(body)) {
    if (!allowed.includes(key)) throw new ClerkFailure(422, 'form_param_unknown', `${key} is not a valid parameter for this request`, key);
  }
}

/** A count param: absent (`null` too) is `undefined`; anything but an integer ≥ 0 is a 422. */
export function count(value: unknown, param: string): number | undefined {
  if (value == null) return undefined;
  if (!Number.isInteger(value) || (value as number) < 0) throw new ClerkFailure(422, 'form_param_value_invalid', `${param} must be an integer ≥ 0`, param);
  return value as number;
}

/** A metadata param: absent (`null` too) is `undefined`; anything but an object is a 422. */
export function metadata(value: unknown, param: string): Record<string, unknown> | undefined {
  if (value == null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw new ClerkFailure(422, 'form_param_format_invalid', `${param} must be an object`, param);
  return value as Record<string, unknown>;
}

/** An integer query param from `min` to `max`, `fallback` when absent; anything else is a 422. */
function intParam(query: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const raw = query.get(name);
  if (raw === null) return fallback;
  const n = Number(raw);
  if (!/^-?\d+$/.test(raw) || n < min || n > max) {
    throw new ClerkFailure(
      422,
      'form_param_value_invalid',
      `${name} must be an integer from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ' up'}`,
      name,
    );
  }
  return n;
}

/** Whether a value is a plain JSON object (not null, not an array). */
export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Deep merge where `null` removes a key at any depth; every key, `__proto__` too, is plain data. */
export function deepMerge(target: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    const own = Object.hasOwn(out, key) ? out[key] : undefined;
    if (value === null) delete out[key];
    else {
      const merged = isObject(value) ? deepMerge(isObject(own) ? own : {}, value) : value;
      Object.defineProperty(out, key, { value: merged, enumerable: true, writable: true, configurable: true });
    }
  }
  return out;
}

/**
 * Clerk's include/exclude list filter (`organization_id`, `user_id`): the items matching any value without a `-`
 * (a `+` before it is dropped), or every item when all the values start with `-`, less the items matching a value
 * after a `-`. A leading space is read as the `+` it was before form decoding (`?user_id=+user_1`). No values: every item.
 */
export function includeExclude<T>(items: T[], values: string[], matches: (item: T, value: string) => boolean): T[] {
  if (values.length === 0) return items;
  const include: string[] = [];
  const exclude: string[] = [];
  for (const value of values) {
    if (value.startsWith('-')) exclude.push(value.slice(1));
    else include.push(value.replace(/^[+ ]/, ''));
  }
  return items.filter((item) => (include.length === 0 || include.some((value) => matches(item, value))) && !exclude.some((value) => matches(item, value)));
}

/** A page as Clerk answers a list: sorted by `order_by` (one of `fields`, + or - before it), then `offset` and `limit`. */
export function page<T, V>(
  items: T[],
  query: URLSearchParams,
  fields: string[],
  fallback: string,
  keyOf: (item: T, field: string) => string | number,
  view: (item: T) => V,
): { data: V[]; total_count: number } {
  const limit = intParam(query, 'limit', 10, 1, 500);
  const offset = intParam(query, 'offset', 0, 0, Number.MAX_SAFE_INTEGER);
  const orderBy = query.get('order_by') ?? fallback;
  const field = orderBy.replace(/^[+-]/, '');
  if (!fields.includes(field)) {
    throw new ClerkFailure(422, 'form_param_value_invalid', `order_by must be one of ${fields.join(', ')} with an optional + or -`, 'order_by');
  }
  const direction = orderBy.startsWith('-') ? -1 : 1;
  items.sort((a, b) => {
    const [x, y] = [keyOf(a, field), keyOf(b, field)];
    return x < y ? -direction : x > y ? direction : 0;
  });
  return { data: items.slice(offset, offset + limit).map(view), total_count: items.length };
}

/** The `{name}` params of a request's path, each percent-decoded when read (a malformed `%` throws Clerk's 400). */
export type PathParams = Readonly<Record<string, string>>;

/** One operation's handler: returns the JSON answer (200), or throws a `ClerkFailure`. */
type Handler = (params: PathParams, query: URLSearchParams, request: Request) => unknown;

/** Handlers keyed by the spec's operationId, e.g. `{ GetOrganization: …, ListOrganizations: … }`. */
export type Handlers = Readonly<Record<string, Handler>>;

/** The same handlers, each running `check` first (which throws a `ClerkFailure` to refuse the call). */
export function guarded(handlers: Handlers, check: () => void): Handlers {
  return Object.fromEntries(
    Object.entries(handlers).map(([operationId, handler]): [string, Handler] => [
      operationId,
      (params, query, request) => {
        check();
        return handler(params, query, request);
      },
    ]),
  );
}

/** Answers one request that passed authentication: a 200 JSON answer or Clerk's error envelope. Never rejects. */
type Router = (request: Request, url: URL) => Promise<Response>;

/** The route table: the router, and which path template a request is for. */
export interface Routes {
  /** Answers a request (after authentication). */
  answer: Router;
  /**
   * The registry's path template (`/organizations/{organization_id}`, without `/v1`) that serves `method` at
   * `pathname` (the URL's, with `/v1`), chosen as the router chooses it. When no template serves the method there,
   * the first template whose segments fit the path, unless `served`; `undefined` when none fits. With `method`
   * undefined, the first template that fits serves.
   */
  templateOf: (method: string | undefined, pathname: string, served?: boolean) => string | undefined;
  /** Every path template of the registry, with the methods served at it. */
  templates: ReadonlyMap<string, ReadonlySet<string>>;
}

/** One path template of the registry, compiled, with a handler per method. */
interface Route {
  template: string;
  /** Each segment: a literal to equal, or `{ param }` for a non-empty segment. */
  segments: ({ literal: string } | { param: string })[];
  methods: Map<string, Handler>;
}

/** The API version every path is served under. */
const BASE = '/v1/';

/** A URL's path as segments after `/v1/` (a trailing slash tolerated); no segments when it is not under `/v1`. */
function segmentsOf(pathname: string): string[] {
  const path = pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
  return path.startsWith(BASE) ? path.slice(BASE.length).split('/') : [];
}

/**
 * Whether a URL's path is `path` (a concrete path such as `/organizations/org_1`, as it appears in the URL, without
 * `/v1`), compared segment by segment as the router compares a template's literal segments.
 */
export function pathMatcher(path: string): (pathname: string) => boolean {
  const route = compile(path);
  return (pathname) => match(route, segmentsOf(pathname)) !== undefined;
}

/**
 * The route table of every operation in the package's registry, served
 * under `/v1` (a trailing slash tolerated): no template matches the path →
 * 404 `resource_not_found`; a template matches but not with this method →
 * 405 `method_not_allowed`. Throws when an operation of the registry has no
 * handler, or a handler no operation, so a new endpoint cannot go unserved.
 */
export function routeTable(handlers: Handlers): Routes {
  const routes = new Map<string, Route>();
  const served = new Set<string>();
  const missing: string[] = [];
  for (const { endpoint } of registry()) {
    served.add(endpoint.operationId);
    if (!Object.hasOwn(handlers, endpoint.operationId)) {
      missing.push(endpoint.operationId);
      continue;
    }
    const route = routes.get(endpoint.path) ?? compile(endpoint.path);
    route.methods.set(endpoint.method, handlers[endpoint.operationId]!);
    routes.set(endpoint.path, route);
  }
  const unknown = Object.keys(handlers).filter((operationId) => !served.has(operationId));
  if (missing.length > 0) throw new Error(`createFakeClerk: no fake handler for ${missing.join(', ')}`);
  if (unknown.length > 0) throw new Error(`createFakeClerk: handlers for operations not in the registry: ${unknown.join(', ')}`);
  // A literal segment wins over a param where two templates match the same path and method.
  const table = [...routes.values()].sort((a, b) => specificity(a).localeCompare(specificity(b)));

  /** The route serving `method` at the path, else (unless `served`) the first route that fits it. */
  const routeOf = (method: string | undefined, pathname: string, servedOnly = false) => {
    const parts = segmentsOf(pathname);
    let fits: { route: Route; params: PathParams } | undefined;
    for (const route of table) {
      const params = match(route, parts);
      if (params === undefined) continue;
      if (method === undefined || route.methods.has(method)) return { route, params, serves: true };
      fits ??= { route, params };
    }
    return fits && !servedOnly ? { ...fits, serves: false } : undefined;
  };

  const answer: Router = async (request, url) => {
    try {
      const found = routeOf(request.method, url.pathname);
      if (!found) throw new ClerkFailure(404, 'resource_not_found', `No route for ${request.method} ${url.pathname}`);
      if (!found.serves) throw new ClerkFailure(405, 'method_not_allowed', `${request.method} is not allowed on ${url.pathname}`);
      const body = await found.route.methods.get(request.method)!(found.params, url.searchParams, request);
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    } catch (error) {
      if (error instanceof ClerkFailure) return errorResponse(error);
      return errorResponse(new ClerkFailure(500, 'internal_clerk_error', String(error)));
    }
  };
  return {
    answer,
    templateOf: (method, pathname, servedOnly) => routeOf(method, pathname, servedOnly)?.route.template,
    templates: new Map(table.map((route) => [route.template, new Set(route.methods.keys())])),
  };
}

/** A template such as `/organizations/{organization_id}/logo`, as segments. */
function compile(template: string): Route {
  const segments = template
    .slice(1)
    .split('/')
    .map((segment) => {
      const param = /^\{(\w+)\}$/.exec(segment)?.[1];
      return param === undefined ? { literal: segment } : { param };
    });
  return { template, segments, methods: new Map() };
}

/** Orders routes literal-first, segment by segment. */
function specificity(route: Route): string {
  return route.segments.map((segment) => ('literal' in segment ? '0' : '1')).join('');
}

/**
 * The params when the path's segments fit the route. Each is percent-decoded
 * when read, and a malformed `%` is Clerk's 400 then: a handler that reads
 * `organization_id` and finds no such organization answers 404 before it
 * reads (and fails to decode) the segments after it.
 */
function match(route: Route, parts: string[]): PathParams | undefined {
  if (parts.length !== route.segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, segment] of route.segments.entries()) {
    const part = parts[i]!;
    if ('literal' in segment ? part !== segment.literal : part === '') return undefined;
    if ('param' in segment) Object.defineProperty(params, segment.param, { enumerable: true, get: () => decode(part) });
  }
  return params;
}
