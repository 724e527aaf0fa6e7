import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const DESKTOP = { width: 1366, height: 900 } as const;
export const PHONE = { width: 360, height: 780 } as const;
/** The dashboards' review sizes: a common office monitor and a common phone (shoot() names them desktop/phone). */
export const WIDE = { width: 1440, height: 900 } as const;
export const PHONE_390 = { width: 390, height: 844 } as const;
export const SCREENSHOTS = join(process.cwd(), 'test-results', 'screenshots');

/** Debian's Chromium, headless (Playwright's own browser downloads are not available here). */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export async function newPage(
  browser: Browser,
  viewport: { width: number; height: number } = DESKTOP,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  Object.assign(page, { problems });
  return { context, page };
}

/** Errors the page logged (uncaught exceptions, console.error). */
export function pageProblems(page: Page): string[] {
  return (page as Page & { problems?: string[] }).problems ?? [];
}

/** Forgets the errors logged so far (e.g. the 401 of a deliberately wrong password). */
export function clearProblems(page: Page): void {
  pageProblems(page).length = 0;
}

/**
 * Screenshot (full page unless asked) at test-results/screenshots/[<dir>/]<name>-<desktop|phone>.png.
 * `dir` keeps one test file's screens from overwriting another's of the same name.
 */
export async function shoot(
  page: Page,
  name: string,
  { fullPage = true, dir = '' }: { fullPage?: boolean; dir?: string } = {},
): Promise<string> {
  const folder = join(SCREENSHOTS, dir);
  mkdirSync(folder, { recursive: true });
  const size = page.viewportSize();
  const kind = size && size.width <= 400 ? 'phone' : 'desktop';
  const path = join(folder, `${name}-${kind}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}

/** Whether the page scrolls sideways (it must not, down to 360 px). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
