import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const dataDir = () => mkdtempSync(join(tmpdir(), 'zonehub-config-'));

describe('configuration from the environment', () => {
  it('defaults to SQLite under the data dir, port 3000, demo on', () => {
    const dir = dataDir();
    const config = loadConfig({ ZONEHUB_DATA_DIR: dir });
    expect(config.database).toEqual({ kind: 'sqlite', file: join(dir, 'zonehub.db') });
    expect(config.port).toBe(3000);
    expect(config.demo).toBe(true);
    expect(config.roles).toEqual(['web', 'ingest', 'worker']);
  });

  it('uses PostgreSQL for a postgres:// URL, with demo off unless asked', () => {
    const config = loadConfig({ ZONEHUB_DATA_DIR: dataDir(), ZONEHUB_DATABASE_URL: 'postgres://u@127.0.0.1:5432/zh' });
    expect(config.database.kind).toBe('postgres');
    expect(config.demo).toBe(false);
  });

  it('generates the session secret once and keeps it in the data dir', () => {
    const dir = dataDir();
    const first = loadConfig({ ZONEHUB_DATA_DIR: dir }).sessionSecret;
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(loadConfig({ ZONEHUB_DATA_DIR: dir }).sessionSecret).toBe(first);
    expect(readFileSync(join(dir, 'session-secret'), 'utf8').trim()).toBe(first);
  });

  it('generates the audit key once beside it, apart from the session secret', () => {
    const dir = dataDir();
    const first = loadConfig({ ZONEHUB_DATA_DIR: dir });
    expect(first.auditKey).toMatch(/^[0-9a-f]{64}$/);
    expect(first.auditKey).not.toBe(first.sessionSecret);
    expect(loadConfig({ ZONEHUB_DATA_DIR: dir }).auditKey).toBe(first.auditKey);
    expect(readFileSync(join(dir, 'audit-key'), 'utf8').trim()).toBe(first.auditKey);
    const given = 'a'.repeat(40);
    expect(loadConfig({ ZONEHUB_DATA_DIR: dir, ZONEHUB_AUDIT_KEY: given }).auditKey).toBe(given);
  });

  it('trusts no proxy by default, or a hop count, or the proxies named by address and CIDR', () => {
    const trust = (value?: string) =>
      loadConfig({ ZONEHUB_DATA_DIR: dataDir(), ...(value === undefined ? {} : { ZONEHUB_TRUST_PROXY: value }) })
        .trustProxy;
    expect(trust()).toBe(false);
    expect(trust('off')).toBe(false);
    expect(trust('1')).toBe(1);
    expect(trust(' 10.0.0.5, 192.168.0.0/16 ,::1,fd00::/8,loopback')).toEqual([
      '10.0.0.5',
      '192.168.0.0/16',
      '::1',
      'fd00::/8',
      'loopback',
    ]);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT: must be a whole number, got "eighty"'],
    [{ PORT: '70000' }, 'PORT: must be between 0 and 65535, got 70000'],
    [{ ZONEHUB_DATABASE_URL: 'mysql://x' }, 'ZONEHUB_DATABASE_URL: must start with postgres:// or sqlite:'],
    [{ ZONEHUB_SESSION_SECRET: 'short' }, 'ZONEHUB_SESSION_SECRET: must be at least 32 characters'],
    [{ ZONEHUB_AUDIT_KEY: 'short' }, 'ZONEHUB_AUDIT_KEY: must be at least 32 characters'],
    [{ ZONEHUB_DEMO: 'maybe' }, 'ZONEHUB_DEMO: must be true or false'],
    [{ ZONEHUB_ROLES: 'web,cron' }, 'ZONEHUB_ROLES: unknown role "cron"'],
    [{ ZONEHUB_TRUST_PROXY: 'true' }, 'ZONEHUB_TRUST_PROXY: "true" would trust any client'],
    [{ ZONEHUB_TRUST_PROXY: '11' }, 'ZONEHUB_TRUST_PROXY: a hop count must be 1 to 10, got 11'],
    [{ ZONEHUB_TRUST_PROXY: '10.0.0.1,nginx' }, 'ZONEHUB_TRUST_PROXY: "nginx" is not a proxy address or CIDR'],
    [{ ZONEHUB_TRUST_PROXY: '10.0.0.0/33' }, 'ZONEHUB_TRUST_PROXY: "10.0.0.0/33" is not a proxy address or CIDR'],
  ])('stops on %o with one line naming the variable', (env, message) => {
    const load = () => loadConfig({ ZONEHUB_DATA_DIR: dataDir(), ...env });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(message);
  });
});
