/**
 * Structured request logs: one JSON line per request with the method, the path (never the query
 * string, which may hold what a person typed), the status and the time taken. Nothing personal.
 */
import type { MiddlewareHandler } from 'hono';

export interface RequestLogEntry {
  time: string;
  level: 'info' | 'warn' | 'error';
  method: string;
  path: string;
  status: number;
  ms: number;
}

export type RequestLogger = (entry: RequestLogEntry) => void;

/** Writes each entry as one JSON line to a stream (stdout by default). */
export function jsonLineLogger(stream: NodeJS.WritableStream = process.stdout): RequestLogger {
  return (entry) => {
    stream.write(`${JSON.stringify(entry)}\n`);
  };
}

/** Paths of condition pages and API records keep their shape; nothing else from the request is logged. */
export function requestLog(log: RequestLogger): MiddlewareHandler {
  return async (c, next) => {
    const start = performance.now();
    await next();
    const status = c.res.status;
    log({
      time: new Date().toISOString(),
      level: status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info',
      method: c.req.method,
      path: c.req.path,
      status,
      ms: Math.round((performance.now() - start) * 10) / 10,
    });
  };
}
