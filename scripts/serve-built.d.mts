/** Types of serve-built.mjs, for the TypeScript scripts that use it. */
export function serveBuilt(options?: { build?: boolean; outDir?: string }): Promise<{ url: string; stop: () => void }>;
