import type { NextFunction, Request, Response } from 'express';
import { DomainError } from './domain-error.js';
import type { RouteTable } from './route-table.js';

/** Deepest nesting of arrays and objects a JSON body may have (an event payload needs a handful). */
export const MAX_JSON_DEPTH = 32;

/** True when `value` nests arrays/objects deeper than `max` levels (iterative: no stack to overflow). */
export function isTooDeep(value: unknown, max = MAX_JSON_DEPTH): boolean {
  if (value === null || typeof value !== 'object') return false;
  const stack: [object, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > max) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node))
      if (child !== null && typeof child === 'object') stack.push([child as object, depth + 1]);
  }
  return false;
}

/** After the JSON body parser: a body nested deeper than MAX_JSON_DEPTH is a 400, before any code walks it. */
export function jsonDepthLimit(req: Request, _res: Response, next: NextFunction): void {
  next(isTooDeep(req.body) ? new DomainError('JSON_TOO_DEEP') : undefined);
}

function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  return (length !== undefined && length !== '0') || req.headers['transfer-encoding'] !== undefined;
}

function isJson(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

/**
 * A body sent in another type than JSON to a route that only takes JSON is a 415 `UNSUPPORTED_MEDIA_TYPE`
 * (rather than a confusing « champ manquant »). Routes that take other types (audio) check their own.
 */
export function jsonOnly(routes: RouteTable) {
  return (req: Request, _res: Response, next: NextFunction): void => {
    if (!hasBody(req) || isJson(req.headers['content-type'])) return next();
    const consumes = routes.consumesOf(req.method, req.path);
    if (consumes?.length === 1 && consumes[0] === 'application/json')
      return next(new DomainError('UNSUPPORTED_MEDIA_TYPE'));
    next();
  };
}
