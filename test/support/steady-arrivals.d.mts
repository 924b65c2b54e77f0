// Types for steady-arrivals.mjs (plain JS so the bench, run by node without a build step, can share it).
export function startLimitedServer(limit: number, window: number): Promise<{ origin: string; stop: () => void }>;

export interface SteadyRun<R> {
  results: R[];
  sent: number[];
  holds: [number, number][];
  stats: { ok: number; tooMany: number; intoBlock: number };
}

export function steadyArrivals<C, R>(
  origin: string,
  run: {
    createClient: (key: string, options: never) => C;
    getOrganization: (client: C, params: { organization_id: string }) => Promise<R>;
    calls?: number;
    organizationId?: string;
    options?: object;
  },
): Promise<SteadyRun<R>>;

export function sentIntoHolds(run: { sent: number[]; holds: [number, number][] }): number[];
