import { isTranscriptError } from '../../core/transcript-model.ts';
import { format } from '../../lib/i18n.ts';
import type { UiLanguage } from '../../lib/settings.ts';
import type { CallSummary } from './api/call-summary.ts';
import type { InputOrigin } from './import-status.ts';
import { MAX_TRANSCRIPT_BYTES } from './api/size-limit.ts';
import { errorValues, isLibraryError } from './library-error.ts';
import type { libraryMessages } from './messages.ts';

type Strings = (typeof libraryMessages)['en'];

/** How a call is named in the list and in messages: "Lumen Harbor Q3 2026", else its title. */
export function callName(summary: CallSummary, m: Strings): string {
  if (summary.company && summary.period) return `${summary.company} ${summary.period}`;
  return summary.company ?? (summary.title.trim() || m.untitled);
}

/**
 * One formatter per kind and language, made once (making an Intl formatter costs far more than using one; the library
 * formats a few values for each of hundreds of rows).
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.DateTimeFormat>();
function formatter<T extends Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.DateTimeFormat>(
  kind: string,
  language: UiLanguage,
  make: () => T,
): T {
  const key = `${kind}:${language}`;
  let made = formatters.get(key) as T | undefined;
  if (!made) {
    made = make();
    formatters.set(key, made);
  }
  return made;
}

/** "612 KB", "3.1 MB". */
export function formatSize(bytes: number, language: UiLanguage): string {
  const number = formatter('size', language, () => new Intl.NumberFormat(language, { maximumFractionDigits: 1 }));
  if (bytes < 1024) return `${number.format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${number.format(Math.round(bytes / 1024))} KB`;
  return `${number.format(bytes / 1024 / 1024)} MB`;
}

/** "Opened just now", "Opened 5 minutes ago", "Opened yesterday", then a date ("Opened Mar 12, 2026"). */
export function openedLabel(time: number, language: UiLanguage, now: number, m: Strings): string {
  if (Math.abs(now - time) < 45_000) return m.openedJustNow;
  return format(m.opened, { when: formatWhen(time, language, now) });
}

/** "5 minutes ago", "yesterday", then a date ("Mar 12, 2026"). */
export function formatWhen(time: number, language: UiLanguage, now: number): string {
  const seconds = Math.round((time - now) / 1000);
  const relative = formatter('relative', language, () => new Intl.RelativeTimeFormat(language, { numeric: 'auto' }));
  if (Math.abs(seconds) < 45) return relative.format(0, 'second');
  const minutes = Math.round(seconds / 60);
  if (Math.abs(minutes) < 60) return relative.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 24) return relative.format(hours, 'hour');
  const days = Math.round(hours / 24);
  if (Math.abs(days) < 7) return relative.format(days, 'day');
  return formatter('day', language, () => new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', day: 'numeric' })).format(
    time,
  );
}

/** The day of a call ("2024-02-14") in the interface language ("Feb 14, 2024", "2024年2月14日"). */
export function formatCallDate(iso: string, language: UiLanguage): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) return iso;
  return formatter(
    'call-day',
    language,
    () => new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }),
  ).format(Date.UTC(year, month - 1, day));
}

/** "No questions", "1 question", "12 questions". */
export function questionsLabel(count: number, m: Strings): string {
  if (count === 0) return m.questionsNone;
  if (count === 1) return m.questionsOne;
  return format(m.questionsMany, { count });
}

/** How an input is named in a message: its file name, its address, or "the pasted text". */
export function inputName(origin: InputOrigin, name: string, m: Strings): string {
  return origin === 'paste' || name === '' ? m.pastedText : name;
}

/**
 * The words for a failure in the interface language, from the message tables (never the core's English message):
 * a template whose interface values (sizes, file kinds, seconds) are filled in, and the values that are transcript,
 * user or server text (`url`, `host`, `status`), to be isolated when rendered (`formatParts`).
 */
export function errorMessage(error: unknown, m: Strings, language: UiLanguage): { template: string; values: Record<string, string> } {
  const values = errorValues(error);
  const text = (key: string) => (typeof values[key] === 'string' ? (values[key] as string) : '');
  const isolated = { url: text('url'), host: text('host'), status: text('status') };
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  if (isTranscriptError(error)) {
    const limit = MAX_TRANSCRIPT_BYTES / 1024 / 1024;
    switch (error.kind) {
      case 'binary': {
        const kind = values.format;
        const name = typeof kind === 'string' ? (m as Record<string, string>)[`format-${kind}`] : undefined;
        return { template: name ? format(m['error-binary'], { format: name }) : m['error-binary-unknown'], values: isolated };
      }
      case 'too-large': {
        const size = values.size;
        return {
          template:
            typeof size === 'number'
              ? format(m['error-too-large'], { size: number.format(size / 1024 / 1024), limit })
              : format(m['error-too-large-unknown'], { limit }),
          values: isolated,
        };
      }
      default: {
        const template = (m as Record<string, string | undefined>)[`error-${error.kind}`];
        return { template: template ?? m['error-unknown'], values: isolated };
      }
    }
  }
  if (isLibraryError(error)) {
    if (error.kind === 'internal' && values.reason === 'memory') return { template: m['error-internal-memory'], values: isolated };
    const template = (m as Record<string, string | undefined>)[`error-${error.kind}`] ?? m['error-internal'];
    const filled = typeof values.seconds === 'number' ? format(template, { seconds: values.seconds }) : template;
    return { template: filled, values: isolated };
  }
  return { template: m['error-internal'], values: isolated };
}

/** "3/12/2026, 3:04:05 PM" (as `Date.toLocaleString` writes it): the full time a call was last opened, the row's tooltip. */
export function formatOpenedAt(time: number, language: UiLanguage): string {
  const moment = formatter(
    'moment',
    language,
    () =>
      new Intl.DateTimeFormat(language, {
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      }),
  );
  return moment.format(time);
}

/** Case- and width-insensitive filter over the fields a person would type. */
export function matchesFilter(summary: CallSummary, query: string): boolean {
  const needle = fold(query);
  if (needle === '') return true;
  const haystack = fold([summary.company, summary.period, summary.title, summary.name].filter(Boolean).join(' '));
  return needle.split(/\s+/).every((word) => haystack.includes(word));
}

function fold(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase().trim();
}

/** "Ctrl+V", or "⌘V" on Apple devices. */
export function pasteShortcut(): string {
  const platform = typeof navigator === 'undefined' ? '' : navigator.userAgent;
  return /Mac|iPhone|iPad/.test(platform) ? '⌘V' : 'Ctrl+V';
}
