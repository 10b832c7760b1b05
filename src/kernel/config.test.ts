import { expect, test } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

test('defaults give a working development configuration', () => {
  const config = loadConfig({});
  expect(config.PORT).toBe(3000);
  expect(config.DATA_DIR).toBe('./data');
  expect(config.BASE_URL).toBe('http://localhost:3000');
});

test('a bad configuration fails at start and lists every problem at once', () => {
  let message = '';
  try {
    loadConfig({
      PORT: 'eighty',
      DATABASE_URL: 'mysql://x',
      DATABASE_POOL_SIZE: '0',
      SMTP_URL: 'http://mail',
      LOG_LEVEL: 'loud',
    });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    message = (error as Error).message;
  }
  for (const key of ['PORT', 'DATABASE_URL', 'DATABASE_POOL_SIZE', 'SMTP_URL', 'LOG_LEVEL']) {
    expect(message).toContain(key);
  }
});

test('production refuses to start without its own secret key', () => {
  expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SECRET_KEY/);
  expect(loadConfig({ NODE_ENV: 'production', SECRET_KEY: 'x'.repeat(40) }).SECRET_KEY).toHaveLength(40);
});
