/** @vitest-environment jsdom */
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { useMediaQuery } from '../../src/lib/use-media-query.ts';

/** A matchMedia whose answers the test sets, with the change events a browser sends. */
function fakeMatchMedia() {
  const state = new Map<string, { matches: boolean; listeners: Set<() => void> }>();
  const entry = (query: string) => {
    let value = state.get(query);
    if (!value) {
      value = { matches: false, listeners: new Set() };
      state.set(query, value);
    }
    return value;
  };
  vi.stubGlobal('matchMedia', (query: string) => ({
    media: query,
    get matches() {
      return entry(query).matches;
    },
    addEventListener: (_type: string, listener: () => void) => entry(query).listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => entry(query).listeners.delete(listener),
  }));
  return {
    set(query: string, matches: boolean) {
      entry(query).matches = matches;
      for (const listener of entry(query).listeners) listener();
    },
    listeners: (query: string) => entry(query).listeners.size,
  };
}

function Probe({ query }: { query: string }) {
  return <p>{useMediaQuery(query) ? 'matches' : 'does not match'}</p>;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

test('follows the media query live and stops listening when unmounted', () => {
  const media = fakeMatchMedia();
  const query = '(min-width: 801px) and (test: live)';
  media.set(query, true);
  const { unmount } = render(<Probe query={query} />);
  expect(screen.getByText('matches')).toBeInTheDocument();
  act(() => media.set(query, false));
  expect(screen.getByText('does not match')).toBeInTheDocument();
  act(() => media.set(query, true));
  expect(screen.getByText('matches')).toBeInTheDocument();
  unmount();
  expect(media.listeners(query)).toBe(0);
});

test('is false where the browser has no matchMedia', () => {
  vi.stubGlobal('matchMedia', undefined);
  render(<Probe query="(test: absent)" />);
  expect(screen.getByText('does not match')).toBeInTheDocument();
});
