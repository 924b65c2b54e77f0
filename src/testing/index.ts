export { createFakeClerk, type FakeClerk, type FakeClerkOptions, type FakeRequest, type SeedOrganization, type SeedUser } from './fake-clerk.js';
