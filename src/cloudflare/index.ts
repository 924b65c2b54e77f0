export { type DurableObjectNamespaceLike, durableRateLimit } from './durable-rate-limit.js';
export { ClerkRateLimiter } from './rate-limiter-object.js';
