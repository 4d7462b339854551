// What a failed call looks like to a screen: `ApiError` with the field-level issues forms show next
// to their inputs. Kept apart from the client so components can read errors without the client.
import type { ApiErrorBody, FieldIssue } from '@shared/api/result';

export class ApiError extends Error {
  readonly code: ApiErrorBody['code'];
  readonly issues: FieldIssue[];
  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.issues = body.issues ?? [];
  }
}

/** Field errors for a form, keyed by field name, from an ApiError; the rest as one message. */
export function fieldErrors(error: unknown): { fields: Record<string, string>; other: string | null } {
  if (!(error instanceof ApiError)) {
    return { fields: {}, other: error instanceof Error ? error.message : 'Something went wrong' };
  }
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  for (const issue of error.issues) {
    if (issue.field && !(issue.field in fields)) fields[issue.field] = issue.message;
    else if (!issue.field) rest.push(issue.message);
  }
  if (error.issues.length === 0) rest.push(error.message);
  return { fields, other: rest.length > 0 ? rest.join('; ') : null };
}
