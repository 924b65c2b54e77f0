export {
  createFakeClerk,
  type FakeClerk,
  type FakeClerkOptions,
  type FakeRequest,
  type FakeSessionClaims,
  type FakeWebhookOptions,
  type SeedOrganization,
  type SeedUser,
} from './fake-clerk.js';
