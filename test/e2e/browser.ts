import { existsSync } from 'node:fs';

/** Flags for Debian's Chromium in a sandboxed, offline machine (see DEVELOPERS.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The system browser to drive, or null when none is installed. Nothing ever downloads a browser. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** Launch options for Playwright: the system Chromium with the offline flags. */
export function chromiumLaunchOptions() {
  const executablePath = findChromium() ?? undefined;
  return { executablePath, args: CHROMIUM_ARGS };
}
