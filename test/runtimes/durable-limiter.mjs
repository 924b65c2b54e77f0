// The service that defines the Durable Object classes both workers bind: the package's ClerkRateLimiter, as a user
// exports it, and three that fail the way an unreachable or broken object would.
export { ClerkRateLimiter } from 'clerk-backend-fetch/cloudflare';

/** Every request to it throws: the caller's stub.fetch rejects. */
export class ThrowingLimiter {
  fetch() {
    throw new Error('the limiter is down');
  }
}

/** Never answers (a timer keeps the request alive, so workerd does not end it as hung). */
export class HangingLimiter {
  async fetch() {
    await new Promise((resolve) => setTimeout(resolve, 120_000));
    return new Response('too late');
  }
}

/** Answers, but nothing a limiter would say. */
export class GarbageLimiter {
  fetch() {
    return new Response('<html>502 Bad Gateway</html>', { status: 200, headers: { 'content-type': 'text/html' } });
  }
}

export default {
  fetch() {
    return new Response('the limiter service has no routes of its own', { status: 404 });
  },
};
