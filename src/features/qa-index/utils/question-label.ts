import type { Question } from '../../../core/transcript-model.ts';

/**
 * Who actually asked, when it is not simply the analyst the operator introduced:
 * a stand-in ("Quinton" for Jim Fish) or a header name that differs from the introduction.
 */
export function actualAsker(question: Question): { kind: 'substitute' | 'header'; name: string } | null {
  if (question.substitute) return { kind: 'substitute', name: question.substitute };
  if (question.asker && question.asker !== question.introducedAs) return { kind: 'header', name: question.asker };
  return null;
}
