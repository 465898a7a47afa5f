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

  it('reads the pool size and its timeouts, refusing values out of range', () => {
    expect(
      loadConfig({ DATABASE_POOL_SIZE: '25', DATABASE_STATEMENT_TIMEOUT_MS: '0' }).database,
    ).toMatchObject({ size: 25, statementTimeoutMs: 0, idleInTransactionTimeoutMs: 30_000 });
    expect(() => loadConfig({ DATABASE_POOL_SIZE: '1' })).toThrow(
      'DATABASE_POOL_SIZE must be an integer from 2 to 1000 (got "1")',
    );
  });

  it('keeps 64 MB of public answers as bytes unless told otherwise; 0 turns that cache off', () => {
    expect(loadConfig({}).publicApi.cacheMaxBytes).toBe(64 * 1_048_576);
    expect(loadConfig({ PUBLIC_API_CACHE_MB: '0' }).publicApi.cacheMaxBytes).toBe(0);
    expect(() => loadConfig({ PUBLIC_API_CACHE_MB: '-1' })).toThrow(
      'PUBLIC_API_CACHE_MB must be an integer from 0 to 65536 (got "-1")',
    );
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

  it('trusts X-Forwarded-For only from proxies it is told of, and refuses a bare true', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,::1' }).trustProxy).toEqual([
      'loopback',
      '10.0.0.0/8',
      '::1',
    ]);
    // `true` makes Express take the leftmost X-Forwarded-For entry: the one the client wrote.
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(
      /TRUST_PROXY=true would believe any address a client writes .*TRUST_PROXY=1 for one nginx.*TRUST_PROXY=loopback/,
    );
    expect(() => loadConfig({ TRUST_PROXY: 'nginx, 10.0.0.0/33' })).toThrow(
      'TRUST_PROXY must be false, a number of proxies, or a comma-separated list of addresses, CIDR ranges, loopback, linklocal, uniquelocal (got "nginx, 10.0.0.0/33")',
    );
  });

  it('keeps evidence in the data folder unless told to use an S3-compatible bucket', () => {
    expect(loadConfig({}).evidenceStore).toEqual({ kind: 'local' });
    expect(
      loadConfig({
        EVIDENCE_STORE: 's3',
        EVIDENCE_S3_ENDPOINT: 'http://minio:9000',
        EVIDENCE_S3_BUCKET: 'evidence',
        EVIDENCE_S3_ACCESS_KEY_ID: 'key',
        EVIDENCE_S3_SECRET_ACCESS_KEY: 'secret',
      }).evidenceStore,
    ).toEqual({
      kind: 's3',
      endpoint: 'http://minio:9000',
      region: 'us-east-1',
      bucket: 'evidence',
      accessKeyId: 'key',
      secretAccessKey: 'secret',
      prefix: '',
      forcePathStyle: true,
    });
  });

  it('refuses an S3 evidence store with a setting missing or wrong, naming it', () => {
    const read = () =>
      loadConfig({
        EVIDENCE_STORE: 's3',
        EVIDENCE_S3_ENDPOINT: 'minio:9000',
        EVIDENCE_S3_ACCESS_KEY_ID: 'key',
        EVIDENCE_S3_SECRET_ACCESS_KEY: 'hunter2',
        EVIDENCE_S3_FORCE_PATH_STYLE: 'sometimes',
      });
    expect(read).toThrow(ConfigError);
    try {
      read();
    } catch (error) {
      const { message } = error as ConfigError;
      expect(message).toContain('EVIDENCE_S3_BUCKET is required when EVIDENCE_STORE=s3');
      expect(message).toContain('EVIDENCE_S3_ENDPOINT must be an http:// or https:// URL (got "minio:9000")');
      expect(message).toContain('EVIDENCE_S3_FORCE_PATH_STYLE must be true or false');
      expect(message).not.toContain('hunter2');
    }
  });

  it('writes mail to a folder unless an SMTP server is given, and refuses a wrong one', () => {
    expect(loadConfig({ DATA_DIR: '/srv/zi' }).mail).toEqual({
      kind: 'folder',
      dir: '/srv/zi/mail',
      from: 'Zona Integritas <no-reply@localhost>',
    });
    expect(loadConfig({ SMTP_URL: 'smtps://zi:secret@mail.example.go.id:465' }).mail).toMatchObject({
      kind: 'smtp',
    });
    expect(loadConfig({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(() => loadConfig({ SMTP_URL: 'http://zi:secret@mail.example' })).toThrow(
      'SMTP_URL must be an smtp:// or smtps:// URL (got "http://zi:***@mail.example")',
    );
  });
});
