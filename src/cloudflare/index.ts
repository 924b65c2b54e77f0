export { type DurableObjectNamespaceLike, type DurableObjectStubLike, durableRateLimit } from './durable-rate-limit.js';
export { ClerkRateLimiter } from './rate-limiter-object.js';
