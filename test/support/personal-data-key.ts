/**
 * The tests' PERSONAL_DATA_KEY (base64 of 32 bytes), required with EVENT_STORE=postgres. Every
 * process of one test that shares a store must use the same key, or none can read what
 * another sealed.
 */
export const TEST_PERSONAL_DATA_KEY = Buffer.alloc(32, 0x5a).toString('base64');
