import { Link } from 'react-router-dom';
import type { Diagnostic, DiagnosticKind } from '../../../core/transcript-model.ts';
import { format, useMessages } from '../../../lib/i18n.ts';
import { readerMessages } from '../messages.ts';

export interface DiagnosticsNoticeProps {
  diagnostics: readonly Diagnostic[];
  /** Where a line of the file is shown (a reader URL), or null when it is not shown anywhere. */
  linkForLine: (line: number) => string | null;
}

const CJK = /[\u3400-\u9fff]/;

/**
 * A quiet notice that some lines could not be paired (or that bytes of the file could not be decoded);
 * expands to a list linking to each place.
 */
export function DiagnosticsNotice({ diagnostics, linkForLine }: DiagnosticsNoticeProps) {
  const m = useMessages(readerMessages);
  if (diagnostics.length === 0) return null;
  const kinds: Record<DiagnosticKind, string> = {
    'missing-translation': m.kindMissing,
    'orphan-translation': m.kindOrphan,
    unattributed: m.kindUnattributed,
    'extra-disclaimer': m.kindExtraDisclaimer,
    'replaced-bytes': m.kindReplacedBytes,
  };
  const kindOf = (diagnostic: Diagnostic) =>
    diagnostic.kind === 'replaced-bytes' && diagnostic.count !== undefined
      ? format(m.kindReplacedBytesCount, { count: diagnostic.count })
      : kinds[diagnostic.kind];
  // "could not be paired" is only true of line notices: with replaced bytes the notice is about the file.
  const aboutFile = diagnostics.some((diagnostic) => diagnostic.kind === 'replaced-bytes');
  const [one, many] = aboutFile ? [m.fileNoticesOne, m.fileNoticesMany] : [m.diagnosticsOne, m.diagnosticsMany];
  const title = diagnostics.length === 1 ? one : format(many, { count: diagnostics.length });
  return (
    <details className="notice diagnostics">
      <summary>
        <span className="notice-icon" aria-hidden="true">
          !
        </span>
        {title}
      </summary>
      <ul>
        {diagnostics.map((diagnostic) => {
          const to = linkForLine(diagnostic.line);
          const label = format(m.diagnosticLine, { line: diagnostic.line });
          return (
            <li key={`${diagnostic.line}-${diagnostic.kind}`}>
              {to ? (
                <Link to={to} className="diagnostic-line">
                  {label}
                </Link>
              ) : (
                <span className="diagnostic-line">{label}</span>
              )}{' '}
              <span>{kindOf(diagnostic)}</span>
              {diagnostic.text ? (
                <q className="diagnostic-text" lang={CJK.test(diagnostic.text) ? 'zh-Hant' : 'en'}>
                  {diagnostic.text}
                </q>
              ) : null}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
