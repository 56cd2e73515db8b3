/** Reader tools on articles (字号, 长辈模式, 颜色, 朗读, print) and the phone menu. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, firstEntryPath, seed, STORE_KEY as KEY, test, watchErrors } from './support';

const settingsOf = async (page: Page) => JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY)) ?? '{}').settings;
const openPanel = async (page: Page) => {
  await page.getByRole('button', { name: '阅读设置' }).click();
  const panel = page.getByRole('group', { name: '阅读设置' });
  await expect(panel).toBeVisible();
  return panel;
};
const px = (page: Page, selector: string, prop: string) =>
  page.locator(selector).first().evaluate((el, p) => parseFloat(getComputedStyle(el).getPropertyValue(p)), prop);

test('each 字号 step enlarges the article text and is remembered after a reload', async ({ page }) => {
  await page.goto(await firstEntryPath(page, 'forestry/'));
  const panel = await openPanel(page);
  await expect(panel.getByRole('radio', { name: '标准' })).toBeChecked();
  const sizes = [await px(page, '.prose', 'font-size')];
  for (const step of ['大', '特大']) {
    await panel.getByRole('radio', { name: step, exact: true }).check();
    await expect.poll(() => px(page, '.prose', 'font-size')).toBeGreaterThan(sizes.at(-1)!);
    sizes.push(await px(page, '.prose', 'font-size'));
  }
  expect(await settingsOf(page)).toMatchObject({ size: 'xlarge' });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-size', 'xlarge');
  expect(await px(page, '.prose', 'font-size')).toBe(sizes[2]);
  await expect((await openPanel(page)).getByRole('radio', { name: '特大' })).toBeChecked();
  // Back to 标准: the attribute goes, the size returns.
  await page.getByRole('radio', { name: '标准' }).check();
  await expect(page.locator('html')).not.toHaveAttribute('data-size', /./);
  expect(await px(page, '.prose', 'font-size')).toBe(sizes[0]);
});

/** Records the theme attribute when <body> first exists, and the page background at DOMContentLoaded: before any paint. */
const watchFirstPaint = (page: Page) => page.addInitScript(() => {
  const w = window as unknown as { __atBody?: string; __bgAtReady?: string };
  new MutationObserver((_, o) => {
    if (!document.body) return;
    w.__atBody = document.documentElement.dataset.theme ?? 'system';
    o.disconnect();
  }).observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', () => { w.__bgAtReady = getComputedStyle(document.documentElement).backgroundColor; });
});
const firstPaint = (page: Page) => page.evaluate(() => {
  const w = window as unknown as { __atBody?: string; __bgAtReady?: string };
  return { atBody: w.__atBody, bg: w.__bgAtReady };
});
const DARK_BG = 'rgb(18, 23, 20)';
const LIGHT_BG = 'rgb(251, 250, 245)';

test('the chosen theme applies before the first paint after a reload; 跟随系统 follows the system', async ({ page }) => {
  await watchFirstPaint(page);
  await page.emulateMedia({ colorScheme: 'light' });
  const path = await firstEntryPath(page, 'theory/');
  await page.goto(path);
  expect(await firstPaint(page)).toEqual({ atBody: 'system', bg: LIGHT_BG });
  const panel = await openPanel(page);
  await panel.getByRole('radio', { name: '深色' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  expect(await firstPaint(page)).toEqual({ atBody: 'dark', bg: DARK_BG });
  // 浅色 wins over a dark system setting.
  await page.emulateMedia({ colorScheme: 'dark' });
  await (await openPanel(page)).getByRole('radio', { name: '浅色' }).check();
  await page.reload();
  expect(await firstPaint(page)).toEqual({ atBody: 'light', bg: LIGHT_BG });
  // 跟随系统: no attribute, the system's dark scheme.
  await (await openPanel(page)).getByRole('radio', { name: '跟随系统' }).check();
  await page.reload();
  expect(await firstPaint(page)).toEqual({ atBody: 'system', bg: DARK_BG });
  expect(await settingsOf(page)).toMatchObject({ theme: 'system' });
});

test('长辈模式 gives 44 px targets, one column and larger text, and is remembered', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.goto(await firstEntryPath(page, 'cases/'));
  const before = await px(page, '.prose', 'font-size');
  const panel = await openPanel(page);
  await panel.getByRole('switch', { name: /长辈模式/ }).check();
  await expect(page.locator('html')).toHaveAttribute('data-elder', '');
  expect(await px(page, '.prose', 'font-size')).toBeGreaterThan(before);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-elder', '');
  await openPanel(page);
  const small = await page.locator('header nav a, main nav a, main button:visible, .chip, .quiz-option label, .eyebrow a, reader-tools label').evaluateAll((els) =>
    els.map((el) => ({ el: `${el.tagName} ${el.textContent?.trim().slice(0, 12)}`, ...el.getBoundingClientRect().toJSON() }))
      .filter((r) => r.height < 44 || r.width < 44));
  expect(small).toEqual([]);
  // Every grid in the article is a single column.
  const columns = await page.locator('main .grid').evaluateAll((els) => els.map((el) => getComputedStyle(el).gridTemplateColumns.split(' ').length));
  expect(columns.length).toBeGreaterThan(0);
  expect(columns.every((n) => n === 1)).toBe(true);
  expect(await settingsOf(page)).toMatchObject({ elder: true });
});

/** A speechSynthesis stand-in: records calls, ends an utterance when the test says so. Voices arrive late, as in Chrome. */
const stubSpeech = (page: Page, langs: string[]) => page.addInitScript((voiceLangs) => {
  type U = { text: string; lang: string; voice: unknown; onend?: () => void; onerror?: (e: { error: string }) => void };
  const w = window as unknown as { __calls: string[]; __spoken: U[]; __finish: () => void };
  w.__calls = [];
  w.__spoken = [];
  let voices: { lang: string; name: string; localService: boolean }[] = [];
  const target = new EventTarget();
  const synth = {
    getVoices: () => {
      if (!voices.length) queueMicrotask(() => {
        voices = voiceLangs.map((lang) => ({ lang, name: `voice ${lang}`, localService: true }));
        target.dispatchEvent(new Event('voiceschanged'));
      });
      return voices;
    },
    speak: (u: U) => { w.__calls.push('speak'); w.__spoken.push(u); },
    pause: () => w.__calls.push('pause'),
    resume: () => w.__calls.push('resume'),
    cancel: () => w.__calls.push('cancel'),
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: class { lang = ''; voice = null; constructor(public text: string) {} }, configurable: true });
  w.__finish = () => w.__spoken.at(-1)?.onend?.();
}, langs);

test('朗读 reads the article paragraph by paragraph, marking each, with pause, resume and stop', async ({ page }) => {
  await stubSpeech(page, ['en-US', 'zh-CN']);
  await page.goto(await firstEntryPath(page, 'forestry/'));
  const panel = await openPanel(page);
  await panel.getByRole('button', { name: '朗读全文' }).click();
  await expect(page.locator('.reading')).toHaveCount(1);
  await expect(page.locator('article h1')).toHaveClass(/reading/);
  const first = await page.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string }[] }).__spoken[0]);
  expect(first).toMatchObject({ text: (await page.locator('article h1').textContent())!.trim(), lang: 'zh-CN' });
  // The title ends: the first paragraph of the body is next, and marked.
  await page.evaluate(() => (window as unknown as { __finish: () => void }).__finish());
  const firstBlock = page.locator('.prose > :is(p, h2, h3, h4, blockquote, ul, ol)').first();
  await expect(page.locator('.reading')).toHaveCount(1);
  expect(await page.locator('.reading').evaluate((el) => el.closest('.prose') !== null)).toBe(true);
  expect(await firstBlock.evaluate((el) => el.classList.contains('reading') || el.querySelector('.reading') !== null)).toBe(true);
  await panel.getByRole('button', { name: '暂停' }).click();
  await expect(panel.getByRole('button', { name: '继续' })).toBeEnabled();
  await panel.getByRole('button', { name: '继续' }).click();
  await expect(panel.getByRole('button', { name: '暂停' })).toBeEnabled();
  await panel.getByRole('button', { name: '停止' }).click();
  await expect(page.locator('.reading')).toHaveCount(0);
  await expect(panel.getByRole('status')).toHaveText('已停止朗读。');
  const calls = await page.evaluate(() => (window as unknown as { __calls: string[] }).__calls);
  expect(calls.slice(-3)).toEqual(['pause', 'resume', 'cancel']);
  expect(calls.filter((c) => c === 'speak')).toHaveLength(2);
});

test('朗读 says so where there is no Chinese voice, or no speech synthesis at all', async ({ page }) => {
  await stubSpeech(page, ['en-US', 'ja-JP']);
  const path = await firstEntryPath(page, 'models/');
  await page.goto(path);
  let panel = await openPanel(page);
  await panel.getByRole('button', { name: '朗读全文' }).click();
  await expect(panel.getByRole('status')).toContainText('没有中文语音');
  expect(await page.evaluate(() => (window as unknown as { __spoken: unknown[] }).__spoken.length)).toBe(0);

  await page.addInitScript(() => {
    delete (Window.prototype as { speechSynthesis?: unknown }).speechSynthesis;
    delete (window as { speechSynthesis?: unknown }).speechSynthesis;
  });
  await page.reload();
  expect(await page.evaluate(() => 'speechSynthesis' in window)).toBe(false);
  panel = await openPanel(page);
  await expect(panel.getByRole('status')).toContainText('不支持朗读');
});

test('bad stored settings fall back to the defaults without errors', async ({ page }) => {
  const errors = watchErrors(page);
  const path = await firstEntryPath(page, 'theory/');
  for (const records of [
    JSON.stringify({ version: 2, settings: { size: 'huge', theme: { dark: true }, elder: 'yes' } }),
    JSON.stringify({ version: 2, settings: ['large'] }),
    '{"version":2,"settings":',
    'null',
  ]) {
    await seed(page, records);
    // Whatever the seeding document (an SVG) logged is not the article's error.
    errors.length = 0;
    await page.goto(path);
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-js', '');
    for (const attr of ['data-size', 'data-theme', 'data-elder']) await expect(html).not.toHaveAttribute(attr, /.*/);
    const panel = await openPanel(page);
    await expect(panel.getByRole('radio', { name: '标准' })).toBeChecked();
    await expect(panel.getByRole('radio', { name: '跟随系统' })).toBeChecked();
    await expect(panel.getByRole('switch', { name: /长辈模式/ })).not.toBeChecked();
    expect(errors, records).toEqual([]);
  }
});

test('printing an article leaves out navigation, search, quiz and reader tools, and shows its address', async ({ page }) => {
  const path = await firstEntryPath(page, 'cases/');
  await page.goto(path);
  await expect(page.locator('.print-only')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['header[role="banner"]', 'nav', 'site-search', 'self-check', 'reader-tools', 'footer']) {
    await expect(page.locator(hidden).first(), hidden).toBeHidden();
  }
  const address = page.locator('.print-only');
  await expect(address).toBeVisible();
  await expect(address).toContainText(`本文网址：`);
  expect(await address.textContent()).toMatch(new RegExp(`https?://[^ ]+${path.replace(/^\.?\/?/, '/').replace(/\//g, '\\/')}$`));
  expect(await page.locator('body').evaluate((b) => getComputedStyle(b).color)).toBe('rgb(0, 0, 0)');
});

/** Every item of the main menu lies fully inside a 360 px screen, the text uncut, and the current one is marked. */
async function checkPhoneMenu(page: Page, current: string) {
  const nav = page.getByRole('navigation', { name: '主导航' });
  const items = await nav.getByRole('link').evaluateAll((els) => els.map((el) => {
    const r = el.getBoundingClientRect();
    return { text: el.textContent, left: r.left, right: r.right, height: r.height, cut: el.scrollWidth > el.clientWidth, visible: r.width > 0 };
  }));
  expect(items).toHaveLength(8);
  for (const item of items) {
    expect(item, item.text!).toMatchObject({ cut: false, visible: true });
    expect(item.left, item.text!).toBeGreaterThanOrEqual(0);
    expect(item.right, item.text!).toBeLessThanOrEqual(360);
    expect(item.height, item.text!).toBeGreaterThanOrEqual(24);
  }
  const here = nav.getByRole('link', { name: current });
  await expect(here).toHaveAttribute('aria-current', 'page');
  expect(await here.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('underline');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

test.describe('phone menu', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test('shows every item whole and marks the current section, also in 长辈模式', async ({ page }) => {
    await page.goto(await firstEntryPath(page, 'cases/'));
    await checkPhoneMenu(page, '警示教育');
    await (await openPanel(page)).getByRole('switch', { name: /长辈模式/ }).check();
    await page.getByRole('group', { name: '阅读设置' }).getByRole('radio', { name: '特大' }).check();
    await checkPhoneMenu(page, '警示教育');
  });
});

test.describe('phone menu without JavaScript', () => {
  test.use({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
  test('shows every item whole and marks the current section', async ({ page }) => {
    await page.goto('quiz/');
    await checkPhoneMenu(page, '答题中心');
    await page.goto('models/');
    await checkPhoneMenu(page, '劳模工匠');
    // Without script the reader panel's button, which could do nothing, is not shown.
    await page.goto(await firstEntryPath(page, 'models/'));
    await expect(page.getByRole('button', { name: '阅读设置' })).toBeHidden();
  });
});

test('the “按 / 键” hint shows with a mouse and keyboard', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('.key-hint')).toBeVisible();
  await page.keyboard.press('/');
  await expect(page.locator('#site-search-q')).toBeFocused();
  await expect(page.locator('.key-hint')).toBeHidden();
});

test.describe('on a touch phone', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });
  test('the “按 / 键” hint is not shown', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('#site-search-q')).toBeVisible();
    expect(await page.evaluate(() => matchMedia('(hover: hover) and (pointer: fine)').matches)).toBe(false);
    await expect(page.locator('.key-hint')).toBeHidden();
  });
});

test('touch targets on articles and cases pass axe target-size (what Lighthouse checks)', async ({ page }) => {
  for (const section of ['theory/', 'cases/', 'forestry/', 'models/']) {
    await page.goto(await firstEntryPath(page, section));
    const { violations } = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
    expect(violations.flatMap((v) => v.nodes.map((n) => `${section} ${n.target.join(' ')}`))).toEqual([]);
  }
});
