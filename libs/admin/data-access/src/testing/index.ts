// Test helpers; imported as `@dsg/admin-data-access/testing`, never from app code.
export { authPayloadFixture, membershipFixture, type SessionFixtureOptions } from './fixtures';
export {
  gqlError,
  mockGraphQLFetch,
  type MockGraphQLHandler,
  type MockGraphQLResponse,
  type RecordedGraphQLCall,
} from './mock-graphql-fetch';
export { createTestContext, type TestContext, type TestContextOptions } from './test-context';
