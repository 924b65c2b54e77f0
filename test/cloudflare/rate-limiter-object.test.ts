// The Durable Object itself (ClerkRateLimiter.fetch), driven with the messages the client sends: reservations in one
// message, waits in order, a wait past maxDelay reserving nothing, holds (capped at a day, bounded in number), the
// window's slack and pruning, and every malformed message answered 400 without touching the window.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClerkRateLimiter } from '../../src/cloudflare/index.js';
import { LIMITER_URL } from '../../src/cloudflare/protocol.js';

const DAY = 86_400_000;

/** Posts `body` (JSON unless a string) to the object; the status and the parsed answer. */
async function post(object: ClerkRateLimiter, body: unknown): Promise<{ status: number; answer: unknown }> {
  const response = await object.fetch(new Request(LIMITER_URL, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body) }));
  const text = await response.text();
  return { status: response.status, answer: text ? JSON.parse(text) : undefined };
}

/** The waits the object answers for `reserve`, in a budget of `requests` per `per` ms; fails unless it answered 200. */
async function reserve(object: ClerkRateLimiter, requests: number, per: number, items: [string, number][]): Promise<number[]> {
  const { status, answer } = await post(object, { requests, per, reserve: items });
  expect(status).toBe(200);
  return (answer as { waits: number[] }).waits;
}

const hold = async (object: ClerkRateLimiter, key: string, seconds: number) => post(object, { hold: [key, seconds] });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(1_000_000);
});

afterEach(() => {
  vi.useRealTimers();
});

const tick = (ms: number) => vi.setSystemTime(Date.now() + ms);

describe('reservations', () => {
  it('one message reserves several places, in order; a window of per ms counts a tenth longer (the slack)', async () => {
    const object = new ClerkRateLimiter();
    // 2 per 1,000 ms: each place counts for 1,100 ms.
    expect(
      await reserve(object, 2, 1000, [
        ['GET /a', 5000],
        ['GET /a', 5000],
        ['GET /b', 5000],
        ['GET /b', 5000],
        ['GET /c', 5000],
      ]),
    ).toEqual([0, 0, 1100, 1100, 2200]);
    // The next message continues the same window.
    expect(await reserve(object, 2, 1000, [['GET /a', 5000]])).toEqual([2200]);
    tick(1100);
    expect(await reserve(object, 2, 1000, [['GET /a', 5000]])).toEqual([2200]); // 3300 from the start, now 1100 later
  });

  it('the slack is at most a second', async () => {
    const object = new ClerkRateLimiter();
    expect(
      await reserve(object, 1, 60_000, [
        ['k', 120_000],
        ['k', 120_000],
      ]),
    ).toEqual([0, 61_000]);
  });

  it('a wait past maxDelay reserves nothing: the next caller takes that place', async () => {
    const object = new ClerkRateLimiter();
    expect(await reserve(object, 1, 1000, [['k', 0]])).toEqual([0]);
    // 1,100 ms > 500: refused, nothing reserved.
    expect(
      await reserve(object, 1, 1000, [
        ['k', 500],
        ['k', 0],
      ]),
    ).toEqual([1100, 1100]);
    // So the place at 1,100 is still free for a caller who accepts the wait.
    expect(await reserve(object, 1, 1000, [['k', 2000]])).toEqual([1100]);
    expect(await reserve(object, 1, 1000, [['k', 5000]])).toEqual([2200]);
  });

  it('an empty reservation list is answered with no waits', async () => {
    expect(await reserve(new ClerkRateLimiter(), 1, 1000, [])).toEqual([]);
  });

  it('the window is pruned: a window later the budget is whole again, after any number of reservations', async () => {
    const object = new ClerkRateLimiter();
    const many = Array.from({ length: 1000 }, (): [string, number] => ['k', DAY]);
    const waits = await reserve(object, 10, 1000, many);
    expect(waits.at(-1)).toBe(99 * 1100);
    tick(100 * 1100 + 1);
    // All 1,000 left the window: ten go at once, the eleventh waits a window.
    expect(
      await reserve(
        object,
        10,
        1000,
        Array.from({ length: 11 }, (): [string, number] => ['k', DAY]),
      ),
    ).toEqual([...Array(10).fill(0), 1100]);
  });

  it('a place 1 ms short of the window still counts; at the edge it does not', async () => {
    const object = new ClerkRateLimiter();
    expect(await reserve(object, 1, 1000, [['k', 0]])).toEqual([0]);
    tick(1099);
    expect(await reserve(object, 1, 1000, [['k', 0]])).toEqual([1]);
    tick(1);
    expect(await reserve(object, 1, 1000, [['k', 0]])).toEqual([0]);
  });
});

describe('holds', () => {
  it('a hold delays its key only, then its places come from the hold’s end', async () => {
    const object = new ClerkRateLimiter();
    expect(await hold(object, 'GET /a', 5)).toEqual({ status: 200, answer: {} });
    expect(
      await reserve(object, 100, 1000, [
        ['GET /a', 10_000],
        ['GET /b', 10_000],
        ['GET /a', 1000],
      ]),
    ).toEqual([5000, 0, 5000]);
    tick(5000);
    expect(await reserve(object, 100, 1000, [['GET /a', 0]])).toEqual([0]);
  });

  it('a held key’s place is still counted in the shared window', async () => {
    const object = new ClerkRateLimiter();
    await hold(object, 'GET /a', 1);
    expect(
      await reserve(object, 1, 1000, [
        ['GET /a', 10_000],
        ['GET /b', 10_000],
      ]),
    ).toEqual([1000, 2100]);
  });

  it('a shorter hold never shortens a longer one; a fractional Retry-After is honoured', async () => {
    const object = new ClerkRateLimiter();
    await hold(object, 'k', 10);
    await hold(object, 'k', 1);
    expect(await reserve(object, 100, 1000, [['k', 0]])).toEqual([10_000]);
    await hold(object, 'j', 0.25);
    expect(await reserve(object, 100, 1000, [['j', 0]])).toEqual([250]);
  });

  it('a Retry-After of more than a day holds a day', async () => {
    const object = new ClerkRateLimiter();
    expect((await hold(object, 'k', 200_000)).status).toBe(200);
    expect(await reserve(object, 100, 1000, [['k', 0]])).toEqual([DAY]);
  });

  it('a Retry-After of 10^12 seconds (as the client reports it) also holds a day, not refused', async () => {
    const object = new ClerkRateLimiter();
    expect((await hold(object, 'k', 1e12)).status).toBe(200);
    expect(await reserve(object, 100, 1000, [['k', 0]])).toEqual([DAY]);
  });

  it('holds are bounded in number: past 1,000 the oldest goes', async () => {
    const object = new ClerkRateLimiter();
    for (let i = 0; i <= 1000; i++) await hold(object, `k${i}`, 60);
    expect(
      await reserve(object, 10_000, 1000, [
        ['k0', 0],
        ['k1', 0],
        ['k1000', 0],
      ]),
    ).toEqual([0, 60_000, 60_000]);
  });
});

describe('a message it cannot read is answered 400 and changes nothing', () => {
  const key = (length: number) => 'k'.repeat(length);
  const good = (reserve: unknown) => ({ requests: 1, per: 1000, reserve });

  it.each<[string, unknown]>([
    ['not JSON', 'not json {'],
    ['JSON null', 'null'],
    ['a number', '42'],
    ['an array', '[]'],
    ['an empty object', {}],
    ['hold not an array', { hold: 'k' }],
    ['hold with an empty key', { hold: ['', 1] }],
    ['hold with a key of 1,001 characters', { hold: [key(1001), 1] }],
    ['hold with a key that is not a string', { hold: [1, 1] }],
    ['hold with negative seconds', { hold: ['k', -1] }],
    ['hold with seconds as a string', { hold: ['k', '5'] }],
    ['hold with null seconds', { hold: ['k', null] }],
    ['requests 0', { requests: 0, per: 1000, reserve: [['k', 0]] }],
    ['requests 1.5', { requests: 1.5, per: 1000, reserve: [['k', 0]] }],
    ['requests as a string', { requests: '1', per: 1000, reserve: [['k', 0]] }],
    ['per 0', { requests: 1, per: 0, reserve: [['k', 0]] }],
    ['per over the longest timer (as createClient refuses it)', { requests: 1, per: 0x7fffffff + 1, reserve: [['k', 0]] }],
    ['reserve missing', { requests: 1, per: 1000 }],
    ['reserve not an array', good({ k: 0 })],
    ['1,001 reservations', good(Array.from({ length: 1001 }, () => ['k', 0]))],
    ['an item not an array', good(['k'])],
    ['an empty key', good([['', 0]])],
    ['a key of 1,001 characters', good([[key(1001), 0]])],
    ['a huge key', good([[key(1_000_000), 0]])],
    ['a negative maxDelay', good([['k', -1]])],
    ['maxDelay as a string', good([['k', '0']])],
    ['maxDelay null', good([['k', null]])],
  ])('%s', async (_, body) => {
    const object = new ClerkRateLimiter();
    const { status } = await post(object, body);
    expect(status).toBe(400);
    // The window is untouched: a budget of one still has its place.
    expect(await reserve(object, 1, 1000, [['k', 0]])).toEqual([0]);
  });

  it('a bad item after good ones reserves none of them', async () => {
    const object = new ClerkRateLimiter();
    expect(
      (
        await post(
          object,
          good([
            ['k', 5000],
            ['k', 5000],
            ['', 0],
          ]),
        )
      ).status,
    ).toBe(400);
    expect(await reserve(object, 1, 1000, [['k', 0]])).toEqual([0]);
  });

  it('a key of exactly 1,000 characters and 1,000 reservations are accepted', async () => {
    const object = new ClerkRateLimiter();
    expect(
      await reserve(
        object,
        1000,
        1000,
        Array.from({ length: 1000 }, (): [string, number] => [key(1000), 0]),
      ),
    ).toEqual(Array(1000).fill(0));
  });
});

describe('found in review', () => {
  it('a client with another budget keeps its own window: it neither reads nor clears the others’', async () => {
    const object = new ClerkRateLimiter();
    const ten = Array.from({ length: 10 }, (): [string, number] => ['GET /a', 60_000]);
    expect(await reserve(object, 10, 10_000, ten)).toEqual(Array(10).fill(0));
    // A client configured 1 per 1 ms: its message once pruned the shared window down to its own 1 ms span.
    expect(await reserve(object, 1, 1, [['GET /a', 60_000]])).toEqual([0]);
    tick(20);
    expect(await reserve(object, 10, 10_000, [['GET /a', 60_000]])).toEqual([10_000 + 1000 - 20]);
  });

  it('a message that would keep more than 10,000 places in one window is answered 400 (the client falls back)', async () => {
    const object = new ClerkRateLimiter();
    const thousand = Array.from({ length: 1000 }, (): [string, number] => ['GET /a', 1e9]);
    for (let i = 0; i < 10; i++) expect((await post(object, { requests: 1_000_000, per: 1000, reserve: thousand })).status).toBe(200);
    expect((await post(object, { requests: 1_000_000, per: 1000, reserve: [['GET /a', 0]] })).status).toBe(400);
    // Another budget is not affected.
    expect(await reserve(object, 5, 1000, [['GET /a', 0]])).toEqual([0]);
  });

  it('an infinite maxDelay or hold (JSON 1e999) is answered 400', async () => {
    const object = new ClerkRateLimiter();
    expect((await post(object, '{"requests":1,"per":1000,"reserve":[["GET /a",1e999]]}')).status).toBe(400);
    expect((await post(object, '{"hold":["GET /a",1e999]}')).status).toBe(400);
  });
});
