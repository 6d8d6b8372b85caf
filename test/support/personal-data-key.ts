/**
 * The tests' PERSONAL_DATA_KEY (base64 of 32 bytes), required with EVENT_STORE=postgres. Every
 * process of one test that shares a store must use the same key, or none can read what
 * another sealed.
 */
export const TEST_PERSONAL_DATA_KEY = Buffer.from(
  '5f1c9a0e7b3d4286e1a9c0b74f2d6e8a3c5b7d9f0e2a4c6b8d1f3e5a7c9b0d2e',
  'hex',
).toString('base64');
