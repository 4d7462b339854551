// Expected failures a service can raise; the dispatcher turns them into the result envelope.
import type { z } from 'zod';
import type { ErrorCode, FieldIssue } from '@shared/api/result';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function validationError(field: string, message: string): AppError {
  return new AppError('VALIDATION', `${field}: ${message}`, [{ field, message }]);
}

export function notFound(what: string, id: string): AppError {
  return new AppError('NOT_FOUND', `No ${what} with id ${JSON.stringify(id)}`);
}

export function conflict(message: string): AppError {
  return new AppError('CONFLICT', message);
}

export function issuesFromZod(error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((issue): FieldIssue[] => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: [...path, key].join('.'),
        message: 'Unknown field; remove it',
      }));
    }
    return [{ field: path.join('.'), message: issue.message }];
  });
}

export function summarize(issues: FieldIssue[]): string {
  return issues.map((issue) => (issue.field ? `${issue.field}: ${issue.message}` : issue.message)).join('; ');
}

/** A VALIDATION error carrying several field issues. */
export function invalid(issues: FieldIssue[]): AppError {
  return new AppError('VALIDATION', summarize(issues), issues);
}
