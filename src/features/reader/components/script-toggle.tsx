import { format, useMessages } from '../../../lib/i18n.ts';
import type { ScriptStatus } from '../hooks/use-simplified-chinese.ts';
import { readerMessages } from '../messages.ts';

export interface ScriptToggleProps {
  wanted: boolean;
  status: ScriptStatus;
  progress: number;
  onChange: (wanted: boolean) => void;
}

/** Shows the Chinese in Simplified characters; the converter loads on first use, with its progress shown. */
export function ScriptToggle({ wanted, status, progress, onChange }: ScriptToggleProps) {
  const m = useMessages(readerMessages);
  return (
    <div className="script-toggle">
      <button
        type="button"
        className="toggle-button"
        aria-pressed={wanted}
        aria-busy={status === 'loading'}
        title={m.simplifiedHint}
        onClick={() => onChange(!wanted)}
      >
        <span className="toggle-mark" aria-hidden="true" lang="zh-Hans">
          简
        </span>
        <span className="toggle-label">{m.simplified}</span>
      </button>
      <span role="status" className="script-status">
        {status === 'loading' ? (
          <span className="script-progress">
            <span className="spinner" aria-hidden="true" />
            {format(m.converting, { percent: Math.round(progress * 100) })}
          </span>
        ) : null}
      </span>
      {status === 'error' ? (
        <p role="alert" className="inline-alert">
          {m.conversionFailed}
        </p>
      ) : null}
    </div>
  );
}
