import type { RequestError, Result } from '../../src/index.js';

/** Throws unless `r` is a Result exactly as documented: ok with data, or an error of a known type with its fields. */
export function assertWellFormed(r: Result<unknown, RequestError>): void {
  const fail = (why: string) => {
    throw new Error(`malformed result (${why}): ${safeJson(r)}`);
  };
  if (typeof r !== 'object' || r === null) {
    fail('not an object');
    return;
  }
  if (r.ok === true) {
    if (!('data' in r)) fail('ok without data');
    return;
  }
  if (r.ok !== false) {
    fail('ok is not a boolean');
    return;
  }
  const e = r.error as RequestError;
  if (typeof e !== 'object' || e === null || typeof e.message !== 'string' || e.message === '') {
    fail('error without message');
    return;
  }
  switch (e.type) {
    case 'api':
      if (!Number.isInteger(e.status) || e.status < 100 || e.status > 599) fail('api status');
      if (!Array.isArray(e.errors)) fail('api errors');
      for (const item of e.errors) {
        if (typeof item !== 'object' || item === null || Array.isArray(item)) fail('api error item');
        for (const field of ['code', 'message', 'long_message'] as const)
          if (item[field] != null && typeof item[field] !== 'string') fail(`api error ${field}`);
        if (item.meta != null && (typeof item.meta !== 'object' || Array.isArray(item.meta))) fail('api error meta');
      }
      if (e.traceId !== undefined && typeof e.traceId !== 'string') fail('traceId');
      if (e.retryAfter !== undefined && !(Number.isInteger(e.retryAfter) && e.retryAfter >= 0)) fail('retryAfter');
      if (e.status >= 200 && e.status < 300) fail('api error for a 2xx');
      return;
    case 'network':
      if (typeof e.cause?.name !== 'string' || typeof e.cause?.message !== 'string') fail('network cause');
      return;
    case 'timeout':
      if (typeof e.timeout !== 'number') fail('timeout');
      return;
    case 'aborted':
      if (!('reason' in e)) fail('aborted reason');
      return;
    case 'rate_limited':
      if (!Number.isInteger(e.retryAfter) || e.retryAfter < 0) fail('rate_limited retryAfter');
      return;
    case 'response_too_large':
      if (!Number.isInteger(e.status) || !Number.isInteger(e.maxResponseBytes)) fail('response_too_large fields');
      return;
    case 'invalid_request':
    case 'invalid_response':
      if (!Array.isArray(e.issues) || e.issues.length === 0) fail('issues');
      for (const i of e.issues) if (typeof i.path !== 'string' || typeof i.message !== 'string') fail('issue');
      if (e.type === 'invalid_response' && !(e.status >= 200 && e.status < 300)) fail('invalid_response status');
      if (e.type === 'invalid_response' && !('body' in e)) fail('invalid_response without body');
      return;
    default:
      fail('unknown type');
  }
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value)?.slice(0, 500) ?? String(value);
  } catch {
    return String(value);
  }
}
