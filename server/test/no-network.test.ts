import net from 'node:net';
import { describe, expect, it } from 'vitest';

describe('the test network guard', () => {
  it('refuses a connection off the machine', () => {
    const socket = new net.Socket();
    expect(() => socket.connect({ host: '93.184.216.34', port: 80 })).toThrow(/may only connect to this machine/);
    socket.destroy();
  });

  it('lets loopback through', async () => {
    const server = net.createServer((s) => s.end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as net.AddressInfo).port;
    await new Promise<void>((resolve, reject) => {
      const socket = net.connect({ host: '127.0.0.1', port }, () => {
        socket.destroy();
        resolve();
      });
      socket.on('error', reject);
    });
    server.close();
  });
});
