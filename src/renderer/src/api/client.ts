// Typed calls over whichever transport is in use. A failed call throws `ApiError`, which
// carries the field-level issues forms show next to their inputs.
import { createContext, useContext } from 'react';
import type { ChannelName } from '@shared/api/channels';
import type { ChannelInput, ChannelOutput } from '@shared/api/contract';
import type { ApiErrorBody, FieldIssue } from '@shared/api/result';
import type { Transport } from './transport';

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

export interface ApiClient {
  readonly transport: Transport['kind'];
  call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
}

export function createApiClient(transport: Transport): ApiClient {
  return {
    transport: transport.kind,
    async call(channel, input) {
      const result = await transport.call(channel, input);
      if (!result.ok) throw new ApiError(result.error);
      return result.value as never;
    },
  };
}

export const ApiContext = createContext<ApiClient | null>(null);

export function useApi(): ApiClient {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi needs an <ApiContext.Provider>');
  return api;
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
