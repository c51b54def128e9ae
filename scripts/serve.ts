import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Route {
  body: string;
  type?: string;
  headers?: Record<string, string>;
}

export interface Server {
  origin: string;
  close(): Promise<void>;
}

/** Serves fixed pages on 127.0.0.1 at a free port; a route may be replaced while serving. */
export async function serve(routes: Map<string, Route>): Promise<Server> {
  const server = createServer((request, response) => {
    const route = routes.get(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (!route) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': route.type ?? 'text/html; charset=utf-8', ...route.headers }).end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
