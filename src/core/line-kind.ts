/** Small classifiers for single lines of a transcript file. */

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u3000-\u303f\uff01-\uff5e]/;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/** True when the line contains CJK script or full-width punctuation: the Chinese side of a pair. */
export function isChineseLine(text: string): boolean {
  return CJK.test(text);
}

/** True when the line contains at least one Han character. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Abbreviations that may end a speaker header with a period ("Acme Corp.", "John Smith Jr."). */
const HEADER_ABBREVIATION = /(?:^|[\s,])(?:[A-Z]|[A-Z][a-z]?|Corp|Inc|Ltd|Bros|Assoc|Intl|Co|Cos|Jr|Sr|Esq|LLC|L\.P|N\.A)\.$/;

/**
 * True when a line can be a speaker header ("Name" or "Name - Title"): short, no Chinese,
 * and not shaped like a sentence. Used only on lines that are written twice in a row.
 */
export function isHeaderLike(text: string): boolean {
  if (text.length > 160 || isChineseLine(text)) return false;
  if (!/^[\p{L}(]/u.test(text)) return false;
  const words = text.split(/\s+/).length;
  if (words > 24) return false;
  if (/[!?]$/.test(text)) return false;
  if (text.endsWith('.') && !HEADER_ABBREVIATION.test(text)) return false;
  // A sentence inside the line ("Thanks. Go ahead") is not a header.
  if (/[a-z]{2,}[.!?]\s+\p{Lu}/u.test(text) && !/ - /.test(text)) return false;
  return true;
}

/** Splits a header line into the speaker's name and title at the first " - ". */
export function splitHeader(text: string): { speaker: string; title: string } {
  const match = /\s+[-–—]\s+/.exec(text);
  if (!match) return { speaker: text.trim(), title: '' };
  return { speaker: text.slice(0, match.index).trim(), title: text.slice(match.index + match[0].length).trim() };
}

/** True for the machine-translation disclaimer line ("使用警語:…"). */
export function isDisclaimerLine(text: string): boolean {
  return text.startsWith('使用警語') || text.startsWith('使用警语');
}

/** True for the operator's header name. */
export function isOperatorName(speaker: string): boolean {
  return /^(?:the\s+)?(?:operator|conference operator|moderator)$/i.test(speaker.trim());
}
