// Everything a screen needs around it: theme, data cache, API client, notifications.
import type { ReactNode } from 'react';
import {
  Loader,
  Modal,
  MantineProvider,
  Notification,
  createTheme,
  defaultVariantColorsResolver,
  type CSSVariablesResolver,
} from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiContext, ApiError, type ApiClient } from './api/client';

export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 7 keeps white text on filled buttons above 4.5:1 (WCAG AA); shade 6 does not.
  primaryShade: { light: 7, dark: 8 },
  defaultRadius: 'md',
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  components: {
    // Loaders carry an aria-label ("Loading…"); a status role is what lets assistive tech read it.
    Loader: Loader.extend({ defaultProps: { role: 'status' } }),
    // Dialogs' close buttons are only an ×: they need a name for screen readers.
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
    Notification: Notification.extend({
      defaultProps: {
        closeButtonProps: { 'aria-label': 'Close notification' },
        styles: { description: { color: 'var(--mantine-color-dimmed)' } },
      },
    }),
  },
  // Badges and buttons in a named colour keep their text above 4.5:1 (WCAG AA) in every variant.
  variantColorResolver: (input) => {
    const resolved = defaultVariantColorsResolver(input);
    if (!input.color || input.color.includes('.') || input.color === 'gray' || input.color === 'dark') {
      return resolved;
    }
    const color = input.color === 'primary' ? 'indigo' : input.color;
    // Shade 9 of the warm and green hues is still too light for small text on white or shade 0.
    const warm = ['yellow', 'orange', 'lime', 'green'].includes(color);
    if (input.variant === 'filled' && input.color !== 'primary') {
      // White text: shade 7 of red is 3.8:1 and of orange 3.0:1; shade 9 (darkened for warm hues) passes.
      const background = warm
        ? `color-mix(in srgb, var(--mantine-color-${color}-9), black 15%)`
        : `var(--mantine-color-${color}-9)`;
      return { ...resolved, background, hover: `color-mix(in srgb, ${background}, black 12%)` };
    }
    if (input.variant !== 'light') return resolved;
    // Light: the palest background under the darkest text, so labels such as "Active" stay readable.
    const text = warm
      ? `color-mix(in srgb, var(--mantine-color-${color}-9), black 35%)`
      : `var(--mantine-color-${color}-9)`;
    return {
      ...resolved,
      background: `light-dark(var(--mantine-color-${color}-0), ${resolved.background})`,
      color: `light-dark(${text}, ${resolved.color})`,
    };
  },
});

/** Dimmed text dark enough for WCAG AA contrast on both themes. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: { '--mantine-color-dimmed': 'var(--mantine-color-dark-1)' },
});

export function createQueryClient(): QueryClient {
  // When the core finds its database damaged mid-session, app.info now reports recovery: refetch it
  // so the recovery screen replaces the app.
  const onError = (error: unknown) => {
    if (error instanceof ApiError && error.code === 'DATABASE_DAMAGED') {
      void client.invalidateQueries({ queryKey: ['app.info'] });
    }
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  return client;
}

export function AppProviders({
  api,
  queryClient,
  children,
}: {
  api: ApiClient;
  queryClient: QueryClient;
  children: ReactNode;
}) {
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto" cssVariablesResolver={cssVariablesResolver}>
      <QueryClientProvider client={queryClient}>
        <ApiContext.Provider value={api}>
          <ModalsProvider>
            <Notifications position="bottom-right" />
            {children}
          </ModalsProvider>
        </ApiContext.Provider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
