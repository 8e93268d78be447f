import { useEffect, useRef, useState } from 'react';
import { format, useMessages } from '../../../lib/i18n.ts';
import { useSettings } from '../../../lib/settings.ts';
import { preloadParser } from '../api/parse-in-background.ts';
import { MAX_TRANSCRIPT_BYTES } from '../api/size-limit.ts';
import { callName, errorMessage, inputName } from '../format-call.ts';
import { useOpenTranscripts } from '../hooks/use-open-transcripts.ts';
import { importStatus, useImportStatus, type ImportActivity, type ImportNotice } from '../import-status.ts';
import { libraryMessages } from '../messages.ts';
import { formatParts } from './format-parts.tsx';
import { AlertIcon, CloseIcon, DropIcon } from './icons.tsx';
import { StorageNotice, useConnectionState } from './storage-notice.tsx';
import '../library.css';

type Strings = (typeof libraryMessages)['en'];

/** How long a confirmation ("Added 3 calls") stays; errors stay until dismissed. */
const CONFIRMATION_MS = 6000;

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * Page-wide: a drop overlay for files dragged anywhere, and the status tray (progress, alerts) of opening files.
 * Mounted once in the app layout, so errors from a drop on the reader page show there too.
 */
export function ImportLayer() {
  const m = useMessages(libraryMessages);
  const { uiLanguage } = useSettings();
  const open = useOpenTranscripts();
  const { activities, notices } = useImportStatus();
  const connection = useConnectionState();
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);

  useEffect(preloadParser, []);

  useEffect(() => {
    const onDragEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth.current += 1;
      setDragging(true);
    };
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Required for the drop to be allowed; also stops the browser from opening the file itself.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDragLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      // Outside the viewport: the drag left the window (or was cancelled), whatever the count says.
      const outside = event.clientX <= 0 || event.clientY <= 0 || event.clientX >= window.innerWidth || event.clientY >= window.innerHeight;
      if (depth.current === 0 || outside) {
        depth.current = 0;
        setDragging(false);
      }
    };
    const onDrop = (event: DragEvent) => {
      depth.current = 0;
      setDragging(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      event.preventDefault();
      void open(files.map((file) => ({ kind: 'file', file })));
    };
    window.addEventListener('dragenter', onDragEnter);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    // Loaded lazily after the first paint: say when drops are handled (the browser tests wait for it).
    document.documentElement.dataset.importReady = 'true';
    return () => {
      delete document.documentElement.dataset.importReady;
      window.removeEventListener('dragenter', onDragEnter);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [open]);

  return (
    <>
      {dragging ? (
        <div className="lib-drop-overlay" data-testid="drop-overlay">
          <div className="lib-drop-panel">
            <DropIcon />
            <p className="lib-drop-title">{m.dropTitle}</p>
            <p className="lib-drop-detail">{format(m.dropDetail, { limit: MAX_TRANSCRIPT_BYTES / 1024 / 1024 })}</p>
          </div>
        </div>
      ) : null}
      {activities.length > 0 || notices.length > 0 || connection !== 'ok' ? (
        <aside className="lib-tray" aria-label={m.statusRegion}>
          <StorageNotice />
          {activities.map((activity) => (
            <ProgressCard key={activity.id} activity={activity} m={m} />
          ))}
          {notices.map((notice) => (
            <NoticeCard key={notice.id} notice={notice} m={m} language={uiLanguage} />
          ))}
        </aside>
      ) : null}
    </>
  );
}

function ProgressCard({ activity, m }: { activity: ImportActivity; m: Strings }) {
  const name = inputName(activity.origin, activity.name, m);
  const template = activity.phase === 'downloading' ? m.phaseDownloading : activity.phase === 'saving' ? m.phaseSaving : m.phaseReading;
  const label = format(template, { name });
  const percent = activity.fraction === null ? null : Math.round(activity.fraction * 100);
  return (
    <div className="lib-card lib-card-progress">
      <div className="lib-card-row">
        <span className="lib-card-title">{formatParts(template, { name })}</span>
        {percent !== null ? <span className="lib-percent">{percent}%</span> : null}
        {activity.cancel ? (
          <button
            type="button"
            className="lib-button lib-button-quiet lib-cancel"
            aria-label={format(m.cancelOpenLabel, { name })}
            onClick={activity.cancel}
          >
            {m.cancelOpen}
          </button>
        ) : null}
      </div>
      <div
        className="lib-progress"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        {...(percent !== null ? { 'aria-valuenow': percent, 'aria-valuetext': `${percent}%` } : {})}
      >
        <div
          className={percent === null ? 'lib-progress-bar lib-progress-indeterminate' : 'lib-progress-bar'}
          style={{ width: `${percent ?? 30}%` }}
        />
      </div>
    </div>
  );
}

function NoticeCard({ notice, m, language }: { notice: ImportNotice; m: Strings; language: 'en' | 'zh-Hant' }) {
  useEffect(() => {
    if (notice.kind !== 'added' && notice.kind !== 'added-one') return;
    const timer = setTimeout(() => importStatus.dismiss(notice.id), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  const dismiss = (
    <button
      type="button"
      className="lib-icon-button"
      aria-label={m.dismiss}
      title={m.dismiss}
      onClick={() => importStatus.dismiss(notice.id)}
    >
      <CloseIcon />
    </button>
  );

  if (notice.kind === 'added' || notice.kind === 'added-one') {
    return (
      <div className="lib-card lib-card-info" role="status">
        <p className="lib-card-title">
          {notice.kind === 'added'
            ? format(m.addedSeveral, { count: notice.count })
            : formatParts(m.addedOne, { name: callName(notice.summary, m) })}
        </p>
        {dismiss}
      </div>
    );
  }
  const name = inputName(notice.origin, notice.name, m);
  const detail = errorMessage(notice.error, m, language);
  return (
    <div className={notice.kind === 'failed' ? 'lib-card lib-card-error' : 'lib-card lib-card-warn'} role="alert">
      <AlertIcon />
      <div className="lib-card-body">
        <p className="lib-card-title">{formatParts(notice.kind === 'failed' ? m.failedTitle : m.notSavedTitle, { name })}</p>
        <p className="lib-card-text">{formatParts(detail.template, detail.values)}</p>
      </div>
      {dismiss}
    </div>
  );
}
