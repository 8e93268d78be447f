import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { format, useMessages, type Messages } from '../../../lib/i18n.ts';
import { currentSettings, updateSettings } from '../../../lib/settings.ts';
import { transcriptKeys } from '../../../lib/transcript-keys.ts';
import {
  collectBackupParts,
  exportLibrary,
  parseBackup,
  restoreBackupParts,
  restoreLibrary,
  type BackupPart,
  type BackupProblem,
  type RestoreOutcome,
} from '../api/library-backup.ts';
import { libraryStorage } from '../api/library-storage.ts';
import { broadcastLibraryChange } from '../api/library-sync.ts';
import { requestPersistentStorage, storageEstimate } from '../api/storage-persistence.ts';

type Key =
  | 'title'
  | 'backup'
  | 'restore'
  | 'usage'
  | 'usageOf'
  | 'usageUnknown'
  | 'persisted'
  | 'restored'
  | 'backedUp'
  | 'backupFailed'
  | 'restoreFailed'
  | 'problem_not-json'
  | 'problem_not-backup'
  | 'problem_newer'
  | 'problem_damaged'
  | 'unchanged';

export const backupMessages: Messages<Key> = {
  en: {
    title: 'Library',
    backup: 'Back up library',
    restore: 'Restore from backup…',
    usage: 'Duet uses {used} in this browser (library and offline copy).',
    usageOf: 'Duet uses {used} in this browser (library and offline copy), of {quota} allowed.',
    usageUnknown: 'This browser does not say how much space Duet uses.',
    persisted: 'Kept by the browser even when space runs low.',
    restored: 'Restored: {added} calls added, {kept} already here; {notes} notes added, {updated} updated.',
    backedUp: 'Backup saved as {name}.',
    backupFailed: 'The library could not be read for a backup just now. Nothing was changed.',
    restoreFailed: 'This backup could not be restored: {reason}',
    'problem_not-json': 'the file is not a Duet backup (it is not JSON).',
    'problem_not-backup': 'the file is not a Duet library backup.',
    problem_newer: 'it was made by a newer version of Duet. Update Duet (reload the page) and try again.',
    problem_damaged: 'the file is damaged.',
    unchanged: 'Nothing in your library was changed.',
  },
  'zh-Hant': {
    title: '資料庫',
    backup: '備份資料庫',
    restore: '從備份還原…',
    usage: 'Duet 在此瀏覽器使用了 {used}(資料庫與離線副本)。',
    usageOf: 'Duet 在此瀏覽器使用了 {used}(資料庫與離線副本),上限為 {quota}。',
    usageUnknown: '此瀏覽器未提供 Duet 使用的空間大小。',
    persisted: '空間不足時,瀏覽器仍會保留。',
    restored: '已還原:新增 {added} 場電話會議,{kept} 場已存在;新增 {notes} 則筆記,更新 {updated} 則。',
    backedUp: '備份已儲存為 {name}。',
    backupFailed: '目前無法讀取資料庫以進行備份。沒有任何內容被更改。',
    restoreFailed: '無法還原這個備份:{reason}',
    'problem_not-json': '這個檔案不是 Duet 備份(不是 JSON)。',
    'problem_not-backup': '這個檔案不是 Duet 資料庫備份。',
    problem_newer: '它由較新版本的 Duet 建立。請更新 Duet(重新載入頁面)後再試。',
    problem_damaged: '這個檔案已損壞。',
    unchanged: '資料庫中的內容都沒有改變。',
  },
};

function size(bytes: number, language: string): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}

function problemOf(error: unknown): BackupProblem | null {
  if (typeof error !== 'object' || error === null || !('kind' in error) || error.kind !== 'backup-invalid') return null;
  const values = 'values' in error ? (error.values as Record<string, unknown>) : {};
  const problem = values.problem;
  return problem === 'not-json' || problem === 'not-backup' || problem === 'newer' || problem === 'damaged' ? problem : 'damaged';
}

/**
 * Back up the whole library as one JSON file, restore one (merged with what is here), and how much space the
 * library uses. In the Display menu. `parts`: what other features keep outside the library (own glossary terms),
 * composed by the app.
 */
export function BackupControls({ parts = [] }: { parts?: readonly BackupPart[] }) {
  const m = useMessages(backupMessages);
  const language = document.documentElement.lang || 'en';
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const [message, setMessage] = useState<{ kind: 'done' | 'failed'; text: string } | null>(null);
  const estimate = useQuery({ queryKey: transcriptKeys.storage(), queryFn: storageEstimate, staleTime: 0 });

  const backUp = async () => {
    try {
      const backup = { ...(await exportLibrary(libraryStorage.database, currentSettings())), extras: await collectBackupParts(parts) };
      const name = `duet-library-${backup.exportedAt.slice(0, 10)}.json`;
      const url = URL.createObjectURL(new Blob([JSON.stringify(backup, null, 1)], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 0);
      setMessage({ kind: 'done', text: format(m.backedUp, { name }) });
    } catch {
      setMessage({ kind: 'failed', text: m.backupFailed });
    }
  };

  const restore = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      const backup = parseBackup(await file.text());
      const outcome: RestoreOutcome = await restoreLibrary(libraryStorage.database, backup, broadcastLibraryChange);
      await restoreBackupParts(parts, backup.extras);
      updateSettings(backup.settings);
      requestPersistentStorage();
      // Everything cached may have changed (calls, notes, own terms and the checks that use them).
      await queryClient.invalidateQueries();
      setMessage({
        kind: 'done',
        text: format(m.restored, {
          added: outcome.callsAdded,
          kept: outcome.callsKept,
          notes: outcome.notesAdded,
          updated: outcome.notesUpdated,
        }),
      });
    } catch (error) {
      const problem = problemOf(error);
      const reason = problem ? m[`problem_${problem}`] : m.unchanged;
      setMessage({ kind: 'failed', text: `${format(m.restoreFailed, { reason })}${problem ? ` ${m.unchanged}` : ''}` });
    }
  };

  const usage = estimate.data;
  return (
    <div role="group" aria-labelledby={`${inputId}-title`} className="settings-row backup-controls">
      <span id={`${inputId}-title`} className="settings-label">
        {m.title}
      </span>
      <div className="backup-buttons">
        <button type="button" className="button button-small" onClick={() => void backUp()}>
          {m.backup}
        </button>
        <button type="button" className="button button-small" onClick={() => input.current?.click()}>
          {m.restore}
        </button>
        <input
          ref={input}
          id={inputId}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label={m.restore}
          onChange={(event) => void restore(event)}
        />
      </div>
      <p className="backup-usage">
        {usage
          ? format(usage.quota ? m.usageOf : m.usage, { used: size(usage.usage, language), quota: size(usage.quota ?? 0, language) })
          : estimate.isPending
            ? ''
            : m.usageUnknown}
        {usage?.persisted ? ` ${m.persisted}` : ''}
      </p>
      {message?.kind === 'failed' ? (
        <p role="alert" className="backup-message backup-failed">
          {message.text}
        </p>
      ) : null}
      {message?.kind === 'done' ? (
        <p role="status" className="backup-message">
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
