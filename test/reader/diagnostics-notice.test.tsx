/** @vitest-environment jsdom */
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, expect, test } from 'vitest';
import type { Diagnostic } from '../../src/core/transcript-model.ts';
import { DiagnosticsNotice } from '../../src/features/reader/components/diagnostics-notice.tsx';
import { updateSettings } from '../../src/lib/settings.ts';

afterEach(() => {
  cleanup();
  act(() => updateSettings({ uiLanguage: 'en' }));
});

const replaced: Diagnostic = {
  line: 40,
  kind: 'replaced-bytes',
  count: 3,
  message: '3 bytes that are not valid UTF-8 were replaced with � in 2 places, first on line 40.',
};
const missing: Diagnostic = {
  line: 71,
  kind: 'missing-translation',
  message: 'Line 71 (Walter Nakamura) has no Chinese translation after it.',
};

function renderNotice(diagnostics: Diagnostic[]) {
  return render(
    <MemoryRouter>
      <DiagnosticsNotice diagnostics={diagnostics} linkForLine={(line) => `/read/call/t/1#L${line}`} />
    </MemoryRouter>,
  );
}

test('replaced bytes are named in the notice, with their count and a link to the first place', async () => {
  const user = userEvent.setup();
  renderNotice([replaced, missing]);
  await user.click(screen.getByText('2 notes about this file'));
  expect(screen.getByRole('link', { name: 'Line 40' })).toHaveAttribute('href', '/read/call/t/1#L40');
  expect(screen.getByText('3 bytes that are not valid UTF-8 were replaced with � (first place)')).toBeInTheDocument();
  expect(screen.getByText('English paragraph with no Chinese translation after it')).toBeInTheDocument();
});

test('in 繁體中文 the notice about replaced bytes is Chinese too, with or without a count', async () => {
  const user = userEvent.setup();
  act(() => updateSettings({ uiLanguage: 'zh-Hant' }));
  renderNotice([replaced, missing]);
  await user.click(screen.getByText('此檔案有 2 則提示'));
  expect(screen.getByRole('link', { name: '第 40 行' })).toBeInTheDocument();
  expect(screen.getByText('3 個不是有效 UTF-8 的位元組已替換為 �（第一處）')).toBeInTheDocument();
  cleanup();
  // Text parsed again from the library has no byte count: the notice says what happened without one.
  renderNotice([{ line: replaced.line, kind: replaced.kind, message: replaced.message }]);
  await user.click(screen.getByText('此檔案有 1 則提示'));
  expect(screen.getByText('不是有效 UTF-8 的位元組已替換為 �（第一處）')).toBeInTheDocument();
});

test('pairing notices alone keep their title', () => {
  renderNotice([missing]);
  expect(screen.getByText('1 line could not be paired')).toBeInTheDocument();
});
