// The envelope every channel answers with, over IPC and over HTTP alike.
/**
 * `DATABASE_DAMAGED`: the database file cannot be read; the app offers recovery instead.
 * `CANCELLED`: the manager stopped a long operation and nothing was changed.
 * `UNAUTHORIZED`: the caller did not prove it is the app (browser mode: no or a wrong token).
 * `FORBIDDEN`: the call came from somewhere the app does not answer (another site, a wrong Host,
 * a frame that is not the Rolebridge window).
 * `RATE_LIMITED`: too many attempts in a short time (team mode's sign-in); try again later.
 */
export type ErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INTERNAL'
  | 'DATABASE_DAMAGED'
  | 'CANCELLED'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'RATE_LIMITED';

export interface FieldIssue {
  /** Dotted path of the field, for example `name` or `levels.0`; empty for the input as a whole. */
  field: string;
  message: string;
}

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };
