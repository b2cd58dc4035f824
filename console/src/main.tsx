import '@mantine/core/styles.css';
import './console.css';
import { Anchor, createTheme, MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { ApiProblem } from './api/problem';
import { App } from './app/App';

const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 8: links and buttons keep 4.5:1 contrast on white (shade 6 is 4.3:1).
  primaryShade: 8,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
  defaultRadius: 'sm',
  // Links are underlined: colour is never the only thing telling a link from text (WCAG 1.4.1).
  components: { Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }) },
});

// Dimmed text, field errors and the words of light-coloured boxes (alerts' titles: "The log verifies", "Recorded") dark
// enough for WCAG AA contrast (4.5:1) on white and on their own backgrounds, made the palest shade (teal's darkest words
// on its default light background measured 4.3:1).
const LIGHT_VARIANT_WORDS = Object.fromEntries(
  ['teal', 'green', 'orange', 'yellow', 'red', 'violet'].flatMap((color) => [
    [`--mantine-color-${color}-light-color`, `var(--mantine-color-${color}-9)`],
    [`--mantine-color-${color}-light`, `var(--mantine-color-${color}-0)`],
  ]),
);
const darkerDimmedText = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    // A placeholder is read too ("Choose a file"): the default gray measured 2.1:1 on white.
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    ...LIGHT_VARIANT_WORDS,
  },
  dark: {},
});

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 10_000,
      refetchOnWindowFocus: false,
      // A refusal (4xx) is an answer, not a hiccup: only retry when the server could not answer.
      retry: (count, error) => count < 2 && (!(error instanceof ApiProblem) || error.status === 0 || error.status >= 500),
    },
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light" cssVariablesResolver={darkerDimmedText}>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
