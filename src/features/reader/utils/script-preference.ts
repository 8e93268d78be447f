/** Whether the reader wants the Chinese in Simplified characters, remembered between visits (localStorage). */
const SCRIPT_KEY = 'duet:reader:script';

export function loadWantsSimplified(): boolean {
  try {
    return globalThis.localStorage?.getItem(SCRIPT_KEY) === 'hans';
  } catch {
    return false;
  }
}

export function saveWantsSimplified(wanted: boolean): void {
  try {
    globalThis.localStorage?.setItem(SCRIPT_KEY, wanted ? 'hans' : 'hant');
  } catch {
    // Storage full or disabled: the choice still applies for this visit.
  }
}
