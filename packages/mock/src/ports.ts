import net from 'node:net';

/** Asks the OS for a port nobody listens on. */
export function findFreePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Resolves when the port can be bound; rejects with a message naming the port when it is taken. */
export function assertPortFree(port: number, host = '127.0.0.1'): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new PortInUseError(
          error.code === 'EADDRINUSE'
            ? `Port ${port} on ${host} is already in use. Stop whatever listens there or choose another port.`
            : `Cannot listen on ${host}:${port}: ${error.message}`,
          port,
        ),
      );
    });
    server.listen(port, host, () => server.close(() => resolve()));
  });
}

export class PortInUseError extends Error {
  override name = 'PortInUseError';
  constructor(
    message: string,
    readonly port: number,
  ) {
    super(message);
  }
}
