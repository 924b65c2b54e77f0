export { createFakeClerk, type FakeClerk, type FakeClerkOptions, type FakeRequest, type SeedOrganization } from './fake-clerk.js';
