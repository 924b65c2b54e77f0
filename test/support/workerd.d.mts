// Types for workerd.mjs (plain JS so the bench, run by node without a build step, can share it).
import type { ChildProcess } from 'node:child_process';

export const root: string;
export function bin(name: string): string;
export function packConsumer(work: string, files: string[]): Promise<string>;
export function bundle(consumer: string, entry: string, outfile: string, conditions: string[], format?: 'esm' | 'iife'): Promise<unknown>;
export function bundleForWorkerd(consumer: string, entry: string, outfile: string): Promise<unknown>;
export function freePort(): Promise<number>;

export interface Workerd {
  child: ChildProcess;
  log(): string;
  // biome-ignore lint/suspicious/noExplicitAny: the worker's JSON, read by each test
  waitForJson(url: string, init?: RequestInit): Promise<any>;
  stop(): void;
}
export function startWorkerd(cwd: string, config: string): Workerd;
// biome-ignore lint/suspicious/noExplicitAny: the worker's JSON, read by each test
export function waitForJson(url: string, init: RequestInit | undefined, exitCode: () => number | null, log: () => string): Promise<any>;

export interface Arrival {
  /** Epoch ms, sub-ms precision. */
  at: number;
  who: string;
  method: string;
  path: string;
  status: number;
}
export interface InstanceServer {
  origin: string;
  arrivals(): Promise<Arrival[]>;
  reset(): Promise<unknown>;
  force429(who: string, path: string, retryAfter: number): Promise<unknown>;
  setLimit(limit: number, window: number): Promise<unknown>;
  stop(): void;
}
export function startInstanceServer(limit: number, window: number): Promise<InstanceServer>;
export function mostInWindow(times: number[], window: number): number;
