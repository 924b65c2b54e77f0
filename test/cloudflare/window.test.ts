// The Durable Object's window arithmetic (src/cloudflare/window.ts): `earliest` picks the earliest time at or after
// `from` that keeps every window of `span` ms at `requests` or fewer, checked against a brute force; `place` keeps
// the times sorted. Times placed in the future (after a hold) are part of the property.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { earliest, place } from '../../src/cloudflare/window.js';

/** True when no window [x, x + span) holds more than `requests` of `times` (any order). */
function withinBudget(times: readonly number[], requests: number, span: number): boolean {
  const sorted = [...times].sort((a, b) => a - b);
  for (let i = 0; i + requests < sorted.length; i++) if (sorted[i + requests]! - sorted[i]! < span) return false;
  return true;
}

/**
 * The brute-force answer: the valid times form a union of intervals whose left ends are `from` or some placed time
 * plus `span`, so the earliest valid time is the smallest valid candidate among those.
 */
function bruteEarliest(times: readonly number[], from: number, requests: number, span: number): number {
  const candidates = [from, ...times.map((t) => t + span).filter((t) => t >= from)].sort((a, b) => a - b);
  for (const at of candidates) if (withinBudget([...times, at], requests, span)) return at;
  throw new Error('no candidate fits: impossible when times are within budget');
}

const step = fc.record({
  /** How far the clock moves before this reservation. */
  gap: fc.integer({ min: 0, max: 120 }),
  /** How far in the future the reservation may start (a hold), often 0. */
  hold: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 400 })),
});

describe('earliest and place', () => {
  it('the example from the docs', () => {
    expect(earliest([0, 100], 150, 2, 1000)).toBe(1000);
    expect(earliest([0, 100], 150, 3, 1000)).toBe(150);
    expect(earliest([], 42, 1, 1000)).toBe(42);
  });

  it('place keeps the times sorted, equal times included', () => {
    const times: number[] = [];
    for (const at of [5, 1, 5, 3, 9, 0, 5]) place(times, at);
    expect(times).toEqual([0, 1, 3, 5, 5, 5, 9]);
  });

  it('property: the time chosen is within budget and the earliest such time at or after from, holds (future starts) included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 200 }),
        fc.array(step, { minLength: 1, maxLength: 40 }),
        (requests, span, steps) => {
          let times: number[] = [];
          let now = 0;
          for (const { gap, hold } of steps) {
            now += gap;
            // As the object does: times that left more than a window ago no longer count.
            times = times.filter((t) => t > now - span);
            const from = now + hold;
            const at = earliest(times, from, requests, span);
            expect(at).toBeGreaterThanOrEqual(from);
            expect(withinBudget([...times, at], requests, span)).toBe(true);
            expect(at).toBe(bruteEarliest(times, from, requests, span));
            // Independently of the candidate argument: no integer time between from and the one chosen would do.
            for (let t = from; t < at; t++) expect(withinBudget([...times, t], requests, span), `t = ${t} would fit before ${at}`).toBe(false);
            place(times, at);
            expect(times).toEqual([...times].sort((a, b) => a - b));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('property: times placed out of order (a hold far ahead, then now) still never overfill a window', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 10, max: 100 }),
        fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 30 }),
        (requests, span, froms) => {
          const times: number[] = [];
          for (const from of froms) {
            const at = earliest(times, from, requests, span);
            expect(at).toBe(bruteEarliest(times, from, requests, span));
            place(times, at);
          }
          expect(withinBudget(times, requests, span)).toBe(true);
          expect(times).toHaveLength(froms.length);
        },
      ),
      { numRuns: 400 },
    );
  });
});
