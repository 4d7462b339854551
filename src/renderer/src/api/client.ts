// Typed calls over whichever transport is in use; a failed call throws `ApiError` (./errors).
// Only the feature folders' queries.ts hooks and the app's wiring use the client (lint keeps it so).
import { createContext, useContext } from 'react';
import type { ChannelName } from '@shared/api/channels';
import type { ChannelInput, ChannelOutput } from '@shared/api/contract';
import type { Transport } from './transport';
import { ApiError } from './errors';

// Screens and tests written before the split still import these from here.
export { ApiError, fieldErrors } from './errors';

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
