import net from 'node:net';

/**
 * Test setup: any connection to a host off this machine fails the test that makes it. Tests talk
 * only to loopback (PostgreSQL, brokers, the app itself through inject).
 */
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost|::ffff:127\.\d+\.\d+\.\d+)$/;
const original = net.Socket.prototype.connect;

type ConnectArgs = Parameters<typeof original>;

function hostOf(args: ConnectArgs): string | undefined {
  const first: unknown = args[0];
  if (Array.isArray(first)) return hostOf(first as unknown as ConnectArgs);
  if (typeof first === 'object' && first !== null) {
    const options = first as { host?: string; path?: string };
    if (options.path) return 'localhost';
    return options.host ?? 'localhost';
  }
  if (typeof first === 'number') return typeof args[1] === 'string' ? args[1] : 'localhost';
  return 'localhost';
}

net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: ConnectArgs) {
  const host = hostOf(args);
  if (host !== undefined && !LOOPBACK.test(host)) {
    throw new Error(`test tried to reach ${host}: tests may only connect to this machine`);
  }
  return original.apply(this, args);
} as typeof original;
