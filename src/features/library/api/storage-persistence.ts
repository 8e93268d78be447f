/**
 * Asks the browser to keep the library's storage (`navigator.storage.persist()`), so that it is not evicted under
 * storage pressure: once per page, when the library first holds something. A refusal changes nothing.
 */
let asked = false;

export function requestPersistentStorage(): void {
  if (asked) return;
  asked = true;
  try {
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
    if (storage && typeof storage.persist === 'function') void storage.persist().catch(() => false);
  } catch {
    // Not offered here: the library works the same, only evictable.
  }
}

/** How much the site's storage uses, and the quota, in bytes (null where the browser does not say). */
export async function storageEstimate(): Promise<{ usage: number; quota: number | null; persisted: boolean } | null> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage || typeof storage.estimate !== 'function') return null;
  const estimate = await storage.estimate();
  const persisted = typeof storage.persisted === 'function' ? await storage.persisted().catch(() => false) : false;
  return { usage: estimate.usage ?? 0, quota: estimate.quota ?? null, persisted };
}
