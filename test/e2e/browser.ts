import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';

export { CHROMIUM_ARGS, findChromium };

/** Launch options for Playwright: the system Chromium with the project's flags (scripts/chromium.mjs). */
export function chromiumLaunchOptions() {
  const executablePath = findChromium() ?? undefined;
  return { executablePath, args: [...CHROMIUM_ARGS] };
}
