/**
 * A quotation from a call with its citation, as plain text and as Markdown: the English, its Chinese, who said it
 * (speaker and title), the call (company and period) and a link back to the place. Used by "Copy quote" and by
 * the notes export, so a quote reads the same wherever it is pasted.
 */
export interface QuoteSource {
  en: string | null;
  zh: string | null;
  speaker: string;
  title: string;
  company: string | null;
  period: string | null;
  /** The call's title, used when company and period are unknown. */
  callTitle: string;
  /** An absolute link to the place in Duet. */
  url: string;
}

function callName(source: QuoteSource): string {
  const name = [source.company, source.period].filter((part): part is string => Boolean(part)).join(' ');
  return name ? `${name} earnings call` : source.callTitle;
}

function who(source: QuoteSource): string {
  return source.title ? `${source.speaker}, ${source.title}` : source.speaker;
}

/** The quote as plain text: each language on its own line in quotation marks, then who, the call and the link. */
export function quoteAsText(source: QuoteSource): string {
  const lines: string[] = [];
  if (source.en) lines.push(`“${source.en.trim()}”`);
  if (source.zh) lines.push(`「${source.zh.trim()}」`);
  lines.push(`— ${who(source)} · ${callName(source)}`, source.url);
  return lines.join('\n');
}

/** Escapes text for Markdown so that nothing in a quote becomes a heading, a list, a link or emphasis. */
function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]{}()#+\-!|<>~])/g, '\\$1').replace(/\s*\n\s*/g, ' ');
}

/** The quote as Markdown: a block quote (English, then Chinese), then who, the call and a link. */
export function quoteAsMarkdown(source: QuoteSource): string {
  const quote: string[] = [];
  if (source.en) quote.push(`> ${escapeInline(source.en.trim())}`);
  if (source.en && source.zh) quote.push('>');
  if (source.zh) quote.push(`> ${escapeInline(source.zh.trim())}`);
  return `${quote.join('\n')}\n\n— ${escapeInline(who(source))} · [${escapeInline(callName(source))}](${source.url.replace(/[()\s]/g, encodeURIComponent)})\n`;
}
