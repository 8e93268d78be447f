import { useSyncExternalStore } from 'react';
import { libraryIndex, type IndexProgress } from '../api/library-index-client.ts';

/** Where the library index is (calls indexed, waiting, loading), updated as the worker reports. */
export function useLibraryIndexProgress(): IndexProgress {
  return useSyncExternalStore(libraryIndex.subscribe, libraryIndex.progress, libraryIndex.progress);
}
