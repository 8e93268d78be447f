import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * Content-Security-Policy of the built app (docs/decisions/002-library-storage.md). Production only:
 * the dev server injects inline scripts (React Refresh) and <style> tags that this policy forbids.
 * connect-src: 'self', and https: for ?src=<url> (any https host, once the person said Open; http only on Duet's own
 * site, which 'self' covers); worker-src for the parse worker.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' https:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'duet-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * A deep link (/read/<id>/…) needs the reader's route chunk, and the router asks for it only once the entry chunk
 * has run: `<link rel="modulepreload">` for that chunk and everything it imports (and a preload of its CSS, and the parse job it imports to open a call) lets the
 * browser fetch them alongside the entry chunk instead of after it. The start page gets them too, early, as the
 * first call opened needs them (docs/decisions/005).
 */
function preloadReaderRoute(): Plugin {
  return {
    name: 'duet-preload-reader-route',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle;
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
        const entry = chunks.find((chunk) => chunk.isEntry);
        const reader = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/src/app/routes/reader-route.tsx'));
        if (!entry || !reader) return [];
        const loaded = new Set([entry.fileName, ...entry.imports]);
        const scripts = new Set<string>();
        const styles = new Set<string>();
        const visit = (fileName: string) => {
          if (loaded.has(fileName) || scripts.has(fileName)) return;
          const chunk = chunks.find((item) => item.fileName === fileName);
          if (!chunk) return;
          scripts.add(fileName);
          for (const css of chunk.viteMetadata?.importedCss ?? []) styles.add(css);
          chunk.imports.forEach(visit);
        };
        visit(reader.fileName);
        // The parse job, which the reader imports when it opens a call that is not parsed yet (every deep link).
        const parseJob = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/src/workers/parse-job.ts'));
        if (parseJob) visit(parseJob.fileName);
        return [
          ...[...scripts].map((href) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${href}` },
            injectTo: 'head' as const,
          })),
          ...[...styles].map((href) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `/${href}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), preloadReaderRoute()],
  build: {
    target: 'es2022',
    sourcemap: true,
    manifest: true,
  },
  worker: {
    format: 'es',
  },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    restoreMocks: true,
    // Generous: a loaded machine only makes tests slower (speed lives in `npm run bench` and `npm run perf`).
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
