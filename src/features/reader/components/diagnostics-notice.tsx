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

/** A quiet notice that some lines could not be paired; expands to a list linking to each place. */
export function DiagnosticsNotice({ diagnostics, linkForLine }: DiagnosticsNoticeProps) {
  const m = useMessages(readerMessages);
  if (diagnostics.length === 0) return null;
  const kinds: Record<DiagnosticKind, string> = {
    'missing-translation': m.kindMissing,
    'orphan-translation': m.kindOrphan,
    unattributed: m.kindUnattributed,
    'extra-disclaimer': m.kindExtraDisclaimer,
  };
  const title = diagnostics.length === 1 ? m.diagnosticsOne : format(m.diagnosticsMany, { count: diagnostics.length });
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
              <span>{kinds[diagnostic.kind]}</span>
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
