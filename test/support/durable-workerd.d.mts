// Types for durable-workerd.mjs (plain JS so the bench, run by node without a build step, can share it).
import type { InstanceServer, Workerd } from './workerd.mjs';

export function durableConfig(ports: { a: number; b: number }, apiUrl: string): string;

/** A call's Result as the worker reports it. */
export interface CallOutcome {
  ok: boolean;
  type?: string;
  status?: number;
  retryAfter?: number;
  attempts?: number;
  message?: string;
  ms: number;
}
export interface CallSpec {
  fn: 'getOrganization' | 'listOrganizations';
  params?: Record<string, unknown>;
  count?: number;
  retry?: false | { retries?: number; baseDelay?: number; maxDelay?: number };
  abortAfter?: number;
  timeout?: number;
}
export interface RunSpec {
  /** 'shared': durableRateLimit(env.CLERK_LIMITER); 'local': the per-client budget; the rest: a broken object. */
  limiter: 'shared' | 'local' | 'throws' | 'hangs' | 'garbage';
  name?: string;
  requests: number;
  per: number;
  options?: Record<string, unknown>;
  calls: CallSpec[];
  sequential?: boolean;
  /** One client per name for the isolate's life (module scope), not one per request. */
  reuse?: boolean;
}
export interface RunOutcome {
  who: string;
  isolate: string;
  ms: number;
  results: CallOutcome[];
}
export interface DurableWorkerd {
  consumer: string;
  server: InstanceServer;
  workerd: Workerd;
  identities: { who: string; isolate: string }[];
  run(who: 'a' | 'b', spec: RunSpec): Promise<RunOutcome>;
  stop(): void;
}
export function startDurableWorkerd(work: string, server?: { limit?: number; window?: number }): Promise<DurableWorkerd>;
