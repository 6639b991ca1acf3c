/**
 * The public website and JSON API: the only door of src/web.
 *
 * - `createWebApp(app, options)`: the Hono app (pages, `/api`, `/staff`, health checks); test it
 *   in-process with `webApp.request(path, init)`.
 * - `startServer(app, { port, host, ... })`: serves it over HTTP.
 */
export { createWebApp } from './site.js';
export type { WebOptions } from './site.js';
export { startServer } from './server.js';
export type { ServerOptions, RunningServer } from './server.js';
export { jsonLineLogger } from './log.js';
export type { RequestLogEntry, RequestLogger } from './log.js';
export { escapeHtml, html, raw, SafeHtml } from './html.js';
