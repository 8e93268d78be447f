/**
 * The limits Duet applies everywhere (core, CLI, library), one constant each. No imports, so that
 * any entry point can use them without pulling in the decoder.
 */

/** Largest transcript Duet reads: 50 MB. Larger input is refused before (or while) it is read. */
export const MAX_TRANSCRIPT_BYTES = 50 * 1024 * 1024;
