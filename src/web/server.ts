/** Starts the website on a port (HTTP over @hono/node-server). */
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { App } from '../app.js';
import { createWebApp, type WebOptions } from './site.js';

export interface ServerOptions extends WebOptions {
  /** Port to listen on; 0 picks a free one. */
  port: number;
  /** Interface to bind (default `127.0.0.1`; `0.0.0.0` to serve the network). */
  host?: string;
}

export interface RunningServer {
  /** The base URL, e.g. `http://127.0.0.1:3000`. */
  url: string;
  port: number;
  server: ServerType;
  /** Stops accepting connections and waits for open ones to finish. */
  close(): Promise<void>;
}

/**
 * Serves `createWebApp(app, options)` on `host:port`; resolves once it is listening, with every
 * index built (`App.warm`), so that no visitor waits for one.
 */
export async function startServer(app: App, options: ServerOptions): Promise<RunningServer> {
  const web = createWebApp(app, { warm: true, ...options });
  if (options.warm !== false) await app.warm();
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: web.fetch, port: options.port, hostname: host }, (info: AddressInfo) => {
      const shownHost = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shownHost}:${info.port}`,
        port: info.port,
        server,
        close: () =>
          new Promise<void>((done, fail) => {
            if ('closeAllConnections' in server) server.closeAllConnections();
            server.close((err) => (err ? fail(err) : done()));
          }),
      });
    });
    server.once('error', reject);
  });
}
