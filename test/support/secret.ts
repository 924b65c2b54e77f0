/** The secret key every test client uses; no error may ever contain it. Kept apart from nock so real-network tests don't load it. */
export const SECRET_KEY = 'sk_test_Zm9vYmFyYmF6c2VjcmV0a2V5';
