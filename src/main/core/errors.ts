// Expected failures a service can raise; the dispatcher turns them into the result envelope.
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
