/** Types of chromium.mjs, for the TypeScript files that use it. */
export const CHROMIUM_ARGS: readonly string[];
export const CHROMIUM_CANDIDATES: readonly string[];
export function findChromium(): string | null;
