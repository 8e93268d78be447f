import type { SentenceAlignment } from './align-sentences.ts';
import { analystFirms } from './analyst-firms.ts';
import type { ParagraphPair, Role, Section, Transcript } from './transcript-model.ts';

const ROLE_LABEL: Record<Role, string> = { operator: 'Operator', company: 'Company', analyst: 'Analyst' };
const SECTION_HEADING: Record<Section, string> = {
  presentation: '## Presentation',
  qa: '## Questions and answers',
  closing: '## Closing remarks',
};

/** Escapes text so Markdown shows it literally (no headings, lists, links or emphasis from transcript text). */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]{}<>|~])/g, '\\$1').replace(/^(\s*)([#>+-]|\d+[.)])(\s)/, '$1\\$2$3');
}

export interface MarkdownOptions {
  /**
   * Sentence alignment of every paragraph (alignTranscript): each paragraph becomes a table with one row per
   * link, English | Chinese | confidence. Without it, the English paragraph is followed by its Chinese as a quote.
   */
  sentences?: SentenceAlignment[][];
}

/** A table cell: the sentences' text, trimmed and escaped, or a dash when a side has none. */
function cell(text: string, spans: SentenceAlignment['en'], indexes: readonly number[]): string {
  const joined = indexes
    .map((index) => spans[index])
    .map((span) => (span ? text.slice(span.start, span.end).trim() : ''))
    .join(' ')
    .trim();
  return joined === '' ? '—' : escapeMarkdown(joined);
}

/** A paragraph as a sentence-aligned table. */
function sentenceTable(paragraph: ParagraphPair, alignment: SentenceAlignment): string[] {
  const rows = ['| English | 中文 | fit |', '| --- | --- | --: |'];
  for (const [en, zh, confidence] of alignment.links) {
    rows.push(
      `| ${cell(paragraph.en ?? '', alignment.en, en)} | ${cell(paragraph.zh ?? '', alignment.zh, zh)} | ${confidence.toFixed(2)} |`,
    );
  }
  return [...rows, ''];
}

/** A readable bilingual Markdown version of a transcript: headings per turn, English then Chinese as a quote. */
export function transcriptToMarkdown(transcript: Transcript, options: MarkdownOptions = {}): string {
  const out: string[] = [];
  const { meta } = transcript;
  out.push(`# ${escapeMarkdown(meta.title)}`, '');
  const facts = [meta.company && `Company: ${escapeMarkdown(meta.company)}`, meta.period && `Period: ${meta.period}`]
    .filter(Boolean)
    .join(' · ');
  if (facts) out.push(facts, '');
  if (transcript.summary.length > 0) {
    out.push('## Summary / 摘要', '');
    for (const line of transcript.summary) out.push(`- ${escapeMarkdown(line.zh)}`);
    out.push('');
  }
  if (transcript.disclaimer) out.push(`_${escapeMarkdown(transcript.disclaimer.text)}_`, '');
  const firms = analystFirms(transcript);
  const questionAt = new Map(transcript.questions.map((question) => [question.turn, question]));
  let section: Section | null = null;
  transcript.turns.forEach((turn, index) => {
    if (turn.section !== section) {
      section = turn.section;
      out.push(SECTION_HEADING[section], '');
    }
    const question = questionAt.get(index);
    if (question) out.push(`### Q${question.n}. ${escapeMarkdown(question.introducedAs)}, ${escapeMarkdown(question.firm)}`, '');
    const firm = turn.role === 'analyst' ? firms.get(turn.speaker) : undefined;
    const who = [turn.title, firm]
      .filter(Boolean)
      .map((part) => escapeMarkdown(part ?? ''))
      .join(', ');
    out.push(`#### ${escapeMarkdown(turn.speaker)}${who ? ` — ${who}` : ''} (${ROLE_LABEL[turn.role]})`, '');
    turn.paragraphs.forEach((paragraph, p) => {
      const alignment = options.sentences?.[index]?.[p];
      if (alignment) {
        out.push(...sentenceTable(paragraph, alignment));
        return;
      }
      if (paragraph.en !== null) out.push(escapeMarkdown(paragraph.en), '');
      if (paragraph.zh !== null) out.push(`> ${escapeMarkdown(paragraph.zh)}`, '');
      else out.push('> _(no translation in the file)_', '');
    });
  });
  return `${out.join('\n').trimEnd()}\n`;
}
