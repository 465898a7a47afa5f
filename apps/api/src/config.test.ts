import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('has working defaults: embedded database, port 4000, demo seeding', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      port: 4000,
      databaseUrl: undefined,
      seedDemo: 'auto',
    });
    expect(config.cookieSecure).toBe(false);
    expect(config.dataDir).toMatch(/\.data$/);
  });

  it('makes cookies Secure outside development', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).cookieSecure).toBe(true);
  });

  it('lists every bad value with what was expected, hiding passwords', () => {
    const read = () =>
      loadConfig({
        PORT: 'abc',
        NODE_ENV: 'staging',
        DATABASE_URL: 'mysql://u:secret@h/db',
        COOKIE_SECURE: 'maybe',
      });
    expect(read).toThrow(ConfigError);
    try {
      read();
    } catch (error) {
      const { message } = error as ConfigError;
      expect(message).toContain('PORT must be an integer from 0 to 65535 (got "abc")');
      expect(message).toContain('NODE_ENV must be one of development, production, test (got "staging")');
      expect(message).toContain('DATABASE_URL must be a postgres:// URL (got "mysql://u:***@h/db")');
      expect(message).toContain('COOKIE_SECURE must be true or false');
      expect(message).not.toContain('secret');
    }
  });
});
