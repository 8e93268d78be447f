import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { build as bundle } from 'rolldown';
import type { OutputBundle } from 'rolldown';
import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * Content-Security-Policy of the built app (docs/decisions/002-library-storage.md). Production only:
 * the dev server injects inline scripts (React Refresh) and <style> tags that this policy forbids. The one inline
 * script of the built index.html is allowed by its hash (appShell, below).
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

/** The reader route's chunks and styles, which a deep link needs as soon as the app starts (docs/decisions/005). */
function readerPreloads(bundle: OutputBundle): { scripts: string[]; styles: string[] } {
  const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
  const entry = chunks.find((chunk) => chunk.isEntry);
  const reader = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/src/app/routes/reader-route.tsx'));
  if (!entry || !reader) return { scripts: [], styles: [] };
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
  return { scripts: [...scripts].map((file) => `/${file}`), styles: [...styles].map((file) => `/${file}`) };
}

/**
 * What index.html does before the app's code arrives, in a few inline lines allowed by their hash in the
 * Content-Security-Policy (which otherwise allows no inline script):
 *  - at a reader address (/read/…), load the first screen of the deep link (docs/decisions/012): src/app/first-screen
 *    bundled apart (one classic script, no shared chunks), which paints the call's rows from the stored text before
 *    the app runs; the start page never downloads it;
 *  - preload the reader route's chunks and styles (a deep link needs them as soon as the app starts; the start page
 *    gets them early for the first call opened). At a reader address they are asked for once the first screen has
 *    painted: the service worker serving two dozen files at once would hold up the few the first screen needs.
 */
function appShell(): Plugin {
  let firstScreenFile = '';
  return {
    name: 'duet-app-shell',
    apply: 'build',
    async buildStart() {
      const output = await bundle({
        input: 'src/app/first-screen/first-screen-main.ts',
        write: false,
        output: { format: 'iife', minify: true },
        transform: { target: 'es2022' },
      });
      const code = output.output[0].code;
      firstScreenFile = `assets/first-screen-${createHash('sha256').update(code).digest('hex').slice(0, 10)}.js`;
      this.emitFile({ type: 'asset', fileName: firstScreenFile, source: code });
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const { scripts, styles } = context.bundle ? readerPreloads(context.bundle) : { scripts: [], styles: [] };
        const loader = [
          '(()=>{const d=document,link=(rel,href,as)=>{const l=d.createElement("link");l.rel=rel;l.href=href;l.crossOrigin="";if(as)l.as=as;d.head.append(l)}',
          `,preload=()=>{for(const h of ${JSON.stringify(scripts)})link("modulepreload",h);for(const h of ${JSON.stringify(styles)})link("preload",h,"style")};`,
          'if(location.pathname.startsWith("/read/")){d.addEventListener("duet:first-screen",preload,{once:true});',
          `const s=d.createElement("script");s.src="/${firstScreenFile}";s.fetchPriority="high";s.onerror=preload;d.head.append(s)}else preload()})()`,
        ].join('');
        const hash = `'sha256-${createHash('sha256').update(loader).digest('base64')}'`;
        const policy = CONTENT_SECURITY_POLICY.replace("script-src 'self'", `script-src 'self' ${hash}`);
        return [
          // The policy first, then the inline lines: before the stylesheet, which would hold them up.
          { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' },
          { tag: 'script', children: loader, injectTo: 'head-prepend' },
        ];
      },
    },
  };
}

/**
 * Offline and installable (docs/decisions/007): a service worker generated by Workbox precaches the app shell, every
 * route chunk and the converter's dictionaries, and the demo call, so that any deep link opens with the network off
 * (navigations fall back to index.html; the calls themselves are in IndexedDB). A new version waits until the reader
 * says Reload (registerType 'prompt'); the worker is registered from our own code (no inline script: the CSP stays).
 */
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  includeAssets: ['favicon.svg', 'icons/apple-touch-icon.png'],
  manifest: {
    id: '/',
    name: 'Duet — bilingual earnings calls',
    short_name: 'Duet',
    description: 'Read US earnings calls in English and Traditional Chinese, side by side.',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#fbfaf7',
    theme_color: '#1f4e79',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,woff2,txt,webmanifest}'],
    globIgnores: ['**/*.map', '.vite/**'],
    navigateFallback: 'index.html',
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    cleanupOutdatedCaches: true,
  },
});

export default defineConfig({
  plugins: [react(), appShell(), pwa],
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
    // Vitest's default is one worker fewer than the cores: one on CI's two, where it had the machine to itself (lint and
    // typecheck are done by then) and took 102 s with the second core idle. At least two, more on bigger machines.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Generous: a loaded machine only makes tests slower (speed lives in `npm run bench` and `npm run perf`).
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
