// Binding the HTTP port with a message a person can act on: a port another program holds is
// reported as such (with what to do), not as a Node crash dump. `npm start` checks the port before
// it connects to Neo4j, so a busy port fails at once, and again when it really listens.
import http from "node:http";

export class PortInUseError extends Error {
  override name = "PortInUseError";
  constructor(
    readonly host: string,
    readonly port: number,
  ) {
    super(`Port ${port} on ${host} is already in use by another program. Stop that program, or choose another port: PORT=${port === 65535 ? 4001 : port + 1} npm start`);
  }
}

/** Listens on host:port; a taken port rejects with PortInUseError. */
export function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const failed = (err: NodeJS.ErrnoException) => reject(err.code === "EADDRINUSE" ? new PortInUseError(host, port) : err);
    server.once("error", failed);
    server.listen(port, host, () => {
      server.off("error", failed);
      resolve();
    });
  });
}

/** Rejects with PortInUseError when host:port is taken right now. */
export async function assertPortFree(port: number, host: string): Promise<void> {
  const probe = http.createServer();
  await listen(probe, port, host);
  await new Promise((resolve) => probe.close(resolve));
}
