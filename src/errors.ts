/**
 * raredesk's one error vocabulary. Code deep in the pipeline throws `AppError` with a `code`;
 * only the edges translate it: `httpStatus` for the web server, `exitCode` for the CLI.
 */
export type ErrorCode =
  | 'bad_input' // the caller sent something malformed (names the field in `message`)
  | 'not_found' // the thing asked for does not exist
  | 'conflict' // the change clashes with the current state (already claimed, already sent, duplicate)
  | 'unauthenticated' // no valid session
  | 'forbidden' // signed in, but the role may not do this
  | 'rate_limited' // too many attempts; try later
  | 'too_large' // request or file over the size limit
  | 'data_unavailable' // knowledge-base source files missing or unreadable, and no way to fetch them
  | 'offline' // a download was needed and the network is not reachable
  | 'partial' // the job finished but skipped something (an import with unreadable files)
  | 'send_failed' // the mail server refused or could not be reached
  | 'internal'; // a bug: never the caller's fault

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Extra machine-readable detail (e.g. `{ field: 'email' }`); never personal data. */
  readonly details: Record<string, unknown> | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    details?: Record<string, unknown>,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}

/** HTTP status for an error code (used by src/web and src/desk only). */
export function httpStatus(code: ErrorCode): number {
  switch (code) {
    case 'bad_input':
      return 400;
    case 'unauthenticated':
      return 401;
    case 'forbidden':
      return 403;
    case 'not_found':
      return 404;
    case 'conflict':
      return 409;
    case 'too_large':
      return 413;
    case 'rate_limited':
      return 429;
    case 'send_failed':
      return 502;
    case 'data_unavailable':
    case 'offline':
      return 503;
    case 'partial':
      return 207;
    case 'internal':
      return 500;
  }
}

/** Process exit code for an error code (used by src/cli only). */
export function exitCode(code: ErrorCode): number {
  switch (code) {
    case 'bad_input':
      return 2;
    case 'not_found':
      return 3;
    case 'partial':
      return 4;
    case 'data_unavailable':
    case 'offline':
      return 5;
    case 'conflict':
      return 6;
    case 'send_failed':
      return 7;
    case 'unauthenticated':
    case 'forbidden':
    case 'rate_limited':
      return 8;
    case 'too_large':
      return 2;
    case 'internal':
      return 1;
  }
}

/** Wraps anything thrown into an AppError (unknown errors become `internal`). */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new AppError('internal', message, undefined, { cause: err });
}
