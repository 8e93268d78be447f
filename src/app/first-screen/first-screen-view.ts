import type { Transcript } from '../../core/transcript-model.ts';
import type { RowLabels } from '../../features/reader/components/reader-rows.tsx';
import { readerMessages } from '../../features/reader/messages.ts';
import { format } from '../../lib/format-message.ts';
import type { UiLanguage } from '../../lib/settings-record.ts';
import {
  ROW_HEAD,
  ROW_PAIR,
  ROW_QUESTION,
  ROW_SECTION,
  ROW_TURN,
  rowClassName,
  type RowTable,
} from '../../features/reader/utils/reader-rows.ts';
import { rowLabels } from '../../features/reader/utils/row-labels.ts';
import type { ViewMode } from '../../features/reader/utils/view-mode.ts';

/**
 * The first screen of a deep link, painted before the app's code has run (docs/decisions/012): the reader's frame
 * (its bar and columns, without their controls) and the rows from the place the address names, built with the
 * reader's own class names so that global.css lays them out where the reader will. Text goes in as text nodes only.
 * The app removes it when the reader has painted (src/lib/first-screen-handoff.ts).
 */

/** The interface words the rows show: the reader's row labels, and the head's translation note. */
export type FirstScreenLabels = Pick<
  RowLabels,
  'roles' | 'sections' | 'question' | 'noTranslation' | 'noEnglish' | 'showEnglish' | 'uiLanguage'
> & { translationNote: string };

/** The reader's words for the rows, in an interface language. */
export function firstScreenLabels(uiLanguage: UiLanguage): FirstScreenLabels {
  return { ...rowLabels(uiLanguage), translationNote: readerMessages[uiLanguage].translationNote };
}

export interface FirstScreenInput {
  transcript: Transcript;
  table: RowTable;
  /** The row at the top of the reading area. */
  start: number;
  view: ViewMode;
  /** Phone width: side by side shows the Chinese, with an English button under each pair. */
  narrow: boolean;
  firms: ReadonlyMap<string, string>;
  labels: FirstScreenLabels;
  /** The reader's bar height remembered for this window (it wraps on some widths), or null for one line's. */
  barHeight: number | null;
  /** Characters of text to lay out (`textBudget`). */
  budget: number;
}

/**
 * How much text to lay out: about twice what a window of this size shows (some 300 px² a character, counting both
 * languages), so that the screen is full; the rows after it are the reader's to render. Laying out more would only
 * make the first frame later.
 */
export function textBudget(width: number, height: number): number {
  return Math.min(8000, Math.max(1500, Math.round((width * height) / 300)));
}

const ROW_LIMIT = 60;

type Child = Node | string | null;

function element(doc: Document, tag: string, attributes: Record<string, string>, ...children: Child[]): HTMLElement {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) if (child !== null) node.append(child);
  return node;
}

/** Transcript text inside interface text, isolated as the reader isolates it (`<bdi>`). */
const isolated = (doc: Document, text: string) => element(doc, 'bdi', {}, text);

function headRow(doc: Document, { transcript, labels }: FirstScreenInput): HTMLElement {
  const { meta, disclaimer, summary } = transcript;
  const kicker = [meta.company, meta.period].filter((part): part is string => Boolean(part)).join(' · ');
  const head = element(
    doc,
    'header',
    { class: 'call-head' },
    kicker ? element(doc, 'p', { class: 'call-kicker', lang: 'en' }, isolated(doc, kicker)) : null,
    element(doc, 'h1', { class: 'call-title', lang: 'en' }, meta.title),
    disclaimer
      ? element(
          doc,
          'p',
          { class: 'disclaimer' },
          element(doc, 'span', { class: 'disclaimer-label' }, labels.translationNote),
          ' ',
          element(doc, 'span', { lang: 'zh-Hant' }, isolated(doc, disclaimer.text)),
        )
      : null,
  );
  const lines = summary.map((line) => element(doc, 'p', { class: 'summary-line', lang: 'zh-Hant' }, line.zh));
  const summaryBlock =
    lines.length > 0
      ? element(
          doc,
          'section',
          { class: 'summary' },
          element(
            doc,
            'h2',
            { class: 'summary-title' },
            element(doc, 'span', { lang: 'en' }, 'Summary'),
            ' ',
            element(doc, 'span', { 'aria-hidden': 'true' }, '/'),
            ' ',
            element(doc, 'span', { lang: 'zh-Hant' }, '摘要'),
          ),
          ...lines,
        )
      : null;
  return element(doc, 'div', { class: 'call-head-row' }, head, summaryBlock);
}

/** One row's content and how much text it holds. */
function rowContent(doc: Document, input: FirstScreenInput, index: number): [HTMLElement, number] {
  const { transcript, table, labels, view, narrow, firms } = input;
  const turn = table.turn[index] ?? 0;
  const item = table.item[index] ?? 0;
  switch (table.kind[index]) {
    case ROW_HEAD:
      return [headRow(doc, input), 400];
    case ROW_SECTION: {
      const section = table.sections[item] ?? '';
      return [element(doc, 'h2', { class: 'section-title' }, labels.sections[section] ?? section), 20];
    }
    case ROW_QUESTION: {
      const question = transcript.questions.find((value) => value.n === item);
      const who = element(doc, 'span', { class: 'question-who', lang: 'en' }, isolated(doc, question?.introducedAs ?? ''));
      if (question?.firm) who.append(', ', isolated(doc, question.firm));
      return [
        element(
          doc,
          'p',
          { class: 'question-marker' },
          element(doc, 'span', { class: 'question-number' }, format(labels.question, { n: item })),
          who,
        ),
        40,
      ];
    }
    case ROW_TURN: {
      const value = transcript.turns[turn];
      const firm = value ? firms.get(value.speaker) : undefined;
      const head = element(
        doc,
        'header',
        { class: `turn-head turn-${value?.role ?? 'company'}` },
        element(doc, 'h3', { class: 'turn-speaker', lang: 'en' }, isolated(doc, value?.speaker ?? '')),
        value?.title ? element(doc, 'span', { class: 'turn-title', lang: 'en' }, isolated(doc, value.title)) : null,
        firm && value?.role === 'analyst' ? element(doc, 'span', { class: 'turn-firm', lang: 'en' }, isolated(doc, firm)) : null,
        element(doc, 'span', { class: `role-badge role-${value?.role ?? 'company'}` }, labels.roles[value?.role ?? 'company']),
      );
      return [head, 40];
    }
    default: {
      const value = transcript.turns[turn];
      const pair = value?.paragraphs[item];
      const english = pair?.en ?? null;
      const chinese = pair?.zh ?? null;
      const node = element(
        doc,
        'div',
        { class: `pair pair-${value?.role ?? 'company'}` },
        english !== null
          ? element(doc, 'p', { class: 'para para-en', lang: 'en' }, english)
          : element(doc, 'p', { class: 'para para-en para-missing', lang: labels.uiLanguage }, labels.noEnglish),
        chinese !== null
          ? element(doc, 'p', { class: 'para para-zh', lang: 'zh-Hant' }, chinese)
          : element(doc, 'p', { class: 'para para-zh para-missing', lang: labels.uiLanguage }, labels.noTranslation),
        narrow && view === 'side'
          ? element(doc, 'button', { type: 'button', class: 'pair-toggle', 'aria-expanded': 'false' }, labels.showEnglish)
          : null,
      );
      const shown = view === 'en' ? (english?.length ?? 0) : view === 'zh' || narrow ? (chinese?.length ?? 0) : (english?.length ?? 0);
      return [node, shown];
    }
  }
}

/** The rows from `start` on, grouped by turn as the reader groups them (an `<article>` per turn). */
function rows(doc: Document, input: FirstScreenInput): HTMLElement {
  const { table, transcript } = input;
  const container = element(doc, 'div', { class: 'rows' });
  let text = 0;
  let group = null as { turn: number; node: HTMLElement } | null;
  for (let index = input.start; index < table.count && index < input.start + ROW_LIMIT && text < input.budget; index += 1) {
    const [content, size] = rowContent(doc, input, index);
    text += size;
    const row = element(doc, 'div', { class: rowClassName(table, transcript, index) }, content);
    const kind = table.kind[index];
    const turn = kind === ROW_TURN || kind === ROW_PAIR ? (table.turn[index] ?? -1) : -1;
    if (turn < 0) {
      group = null;
      container.append(row);
    } else if (group?.turn === turn) {
      group.node.append(row);
    } else {
      group = { turn, node: element(doc, 'article', { class: 'turn' }, row) };
      container.append(group.node);
    }
  }
  return container;
}

function brand(doc: Document): HTMLElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = doc.createElementNS(ns, 'svg');
  for (const [name, value] of Object.entries({
    class: 'brand-mark',
    viewBox: '0 0 24 24',
    width: '22',
    height: '22',
    'aria-hidden': 'true',
  })) {
    svg.setAttribute(name, value);
  }
  // The brand mark of the app's bar: a filled page and an outlined one.
  const rect = (attributes: Record<string, string>) => {
    const node = doc.createElementNS(ns, 'rect');
    for (const [name, value] of Object.entries({ y: '4', width: '8.5', height: '16', rx: '2', ...attributes }))
      node.setAttribute(name, value);
    return node;
  };
  svg.append(
    rect({ x: '2.5', fill: 'currentColor', opacity: '0.9' }),
    rect({ x: '13', fill: 'none', stroke: 'currentColor', 'stroke-width': '1.6' }),
  );
  return element(doc, 'span', { class: 'brand' }, svg, element(doc, 'span', {}, 'Duet'));
}

/**
 * The first screen as a detached element (`id` given by the caller): inert and hidden from assistive technology,
 * since the reader replaces it within a moment and is what they should read.
 */
export function buildFirstScreen(doc: Document, input: FirstScreenInput, id: string): HTMLElement {
  const transcriptBox = element(doc, 'div', { class: `transcript view-${input.view}`, 'data-view': input.view }, rows(doc, input));
  const bar = element(doc, 'div', { class: 'reader-bar-inner' }, brand(doc));
  if (input.barHeight !== null) bar.style.setProperty('min-block-size', `${input.barHeight}px`);
  // At a place, the reader scrolls its row to just under the bar; at the top, the column's own padding shows.
  const screenClass = input.start > 0 ? 'first-screen first-screen-place' : 'first-screen';
  return element(
    doc,
    'div',
    { id, class: screenClass, 'aria-hidden': 'true', inert: '' },
    element(
      doc,
      'div',
      { class: 'reader', 'data-drawer': 'closed' },
      element(doc, 'section', { class: 'reader-bar' }, bar),
      element(
        doc,
        'div',
        { class: 'reader-body' },
        element(doc, 'aside', { class: 'reader-nav' }),
        element(doc, 'main', { class: 'reader-main' }, transcriptBox),
      ),
    ),
  );
}
