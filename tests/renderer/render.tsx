// Renders a screen with the app's providers over a scripted transport.
import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import type { ChannelName } from '@shared/api/channels';
import type { Result } from '@shared/api/result';
import { AppProviders, createQueryClient } from '../../src/renderer/src/AppProviders';
import { createApiClient } from '../../src/renderer/src/api/client';
import type { Transport } from '../../src/renderer/src/api/transport';

export type Responder = (channel: ChannelName, input: unknown) => Result<unknown> | Promise<Result<unknown>>;

export function renderWithApp(ui: ReactNode, respond: Responder, path = '/') {
  const call = vi.fn(async (channel: ChannelName, input: unknown) => respond(channel, input));
  const transport: Transport = { kind: 'http', call };
  const utils = render(
    <AppProviders api={createApiClient(transport)} queryClient={createQueryClient()}>
      <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
    </AppProviders>,
  );
  return { ...utils, call };
}

export const ok = <T,>(value: T): Result<T> => ({ ok: true, value });
