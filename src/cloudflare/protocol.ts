/** The URL the client asks the Durable Object at; the object only reads the body. */
export const LIMITER_URL = 'https://clerk-rate-limiter.internal/';

/** The most reservations one message carries, and the longest key the object keeps. */
export const MOST_IN_ONE = 1000;
export const LONGEST_KEY = 1000;

/**
 * What a client sends the object, as JSON: either reservations (each a key
 * and the longest wait its caller accepts, in ms) in the budget given, or
 * one hold after a 429 (a key and `Retry-After` in seconds).
 */
export type LimiterMessage = { requests: number; per: number; reserve: [key: string, maxDelay: number][] } | { hold: [key: string, seconds: number] };

/** The object's answer to reservations: one wait in ms per reservation, in order; a wait past its `maxDelay` reserved nothing. */
export interface LimiterAnswer {
  waits: number[];
}
