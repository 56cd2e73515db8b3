import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, sitemapPaths, test, watchErrors } from './support';

/** 投屏: entries as slides for a meeting room's projector or TV. */
const CASE = 'cases/anquan-shengchan-shizhi/';
const SCREENS = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];

const current = (page: Page) => page.locator('.slide[data-current]');
const position = (page: Page) => current(page).locator('[data-position]');
const heading = (page: Page) => current(page).locator('h2, h1').last();

/** Every slide of the deck that does not fit the screen: its body scrolls or the page does. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const slides = [...document.querySelectorAll<HTMLElement>('.slide')];
    const was = slides.find((s) => s.hasAttribute('data-current'));
    const bad: string[] = [];
    for (const [i, s] of slides.entries()) {
      slides.forEach((t) => t.toggleAttribute('data-current', t === s));
      const body = s.querySelector('.slide-body')!;
      const root = document.scrollingElement!;
      if (body.scrollHeight > body.clientHeight + 1 || body.scrollWidth > body.clientWidth + 1 || s.scrollHeight > innerHeight + 1 || root.scrollHeight > innerHeight + 1)
        bad.push(`${location.pathname}#${i + 1} ${s.querySelector('h1, h2')?.textContent}`);
    }
    slides.forEach((t) => t.toggleAttribute('data-current', t === was));
    return bad;
  });
}

for (const screen of SCREENS) {
  test.describe(`${screen.width}×${screen.height}`, () => {
    test.use({ viewport: screen });

    test('a case opens as slides from its 投屏 link; every part is reachable by keys and fits the screen', async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(CASE);
      const discussion = await page.locator('#discussion + p + ol li').allTextContents();
      const rules = await page.locator('section[aria-label="案例卷宗"] dd:last-child li').allTextContents();
      expect(discussion.length).toBeGreaterThanOrEqual(2);
      expect(rules.length).toBeGreaterThanOrEqual(1);
      await page.getByRole('link', { name: '投屏' }).click();
      await expect(page).toHaveURL(/\/slides\/#1$/);
      await expect(position(page)).toHaveText(/^1 \/ \d+$/);
      const total = Number((await position(page).textContent())!.split('/')[1]);

      // No site header, footer or menus on a slide.
      await expect(page.locator('header[role="banner"], footer, nav[aria-label="主导航"]')).toHaveCount(0);
      expect(await overflowing(page)).toEqual([]);

      // Walk the deck with → and note each slide's heading and text.
      const seen: { title: string; text: string }[] = [];
      for (let n = 1; n <= total; n++) {
        await expect(position(page)).toHaveText(`${n} / ${total}`);
        await expect(page).toHaveURL(new RegExp(`#${n}$`));
        seen.push({ title: (await heading(page).textContent())!, text: (await current(page).textContent())! });
        if (n === 1 && screen.width === 1920) {
          const sizes = await current(page).evaluate((s) => ({
            h1: parseFloat(getComputedStyle(s.querySelector('h1')!).fontSize),
            h2: parseFloat(getComputedStyle(s.querySelector('h2')!).fontSize),
            body: parseFloat(getComputedStyle(s.querySelector('.slide-body p')!).fontSize),
          }));
          expect(sizes.h1).toBeGreaterThanOrEqual(48);
          expect(sizes.h2).toBeGreaterThanOrEqual(48);
          expect(sizes.body).toBeGreaterThanOrEqual(32);
        }
        await page.keyboard.press('ArrowRight');
      }
      // Past the end it stays on the last slide.
      await expect(position(page)).toHaveText(`${total} / ${total}`);

      // The parts of a case, in its own order.
      const order = ['基本案情', '违纪事实 · 一、', '处理结果', '案例剖析', '关联条规', '警示启示', '讨论题', '对照自查'];
      const at = order.map((part) => seen.findIndex((s) => s.title.startsWith(part) || (part === '基本案情' && s.text.includes(part))));
      expect(at.every((i) => i >= 0), `parts found: ${JSON.stringify(at)}`).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      expect(seen.filter((s) => s.title.startsWith('违纪事实 · ')).length).toBeGreaterThanOrEqual(2);
      const text = (title: string) => seen.filter((s) => s.title.startsWith(title)).map((s) => s.text).join('');
      for (const q of discussion) expect(text('讨论题')).toContain(q);
      for (const r of rules) expect(text('关联条规')).toContain(r);

      // The other keys clickers send.
      for (const [key, at] of [['Home', 1], ['PageDown', 2], ['Space', 3], ['ArrowDown', 4], ['ArrowUp', 3], ['PageUp', 2], ['ArrowLeft', 1], ['End', total]] as const) {
        await page.keyboard.press(key);
        await expect(position(page)).toHaveText(`${at} / ${total}`);
      }
      expect(errors).toEqual([]);
    });

    test('the slide number survives a reload; taps on either half move; Esc goes back to the entry', async ({ page }) => {
      await page.goto(`${CASE}slides/#3`);
      await expect(position(page)).toHaveText(/^3 \/ \d+$/);
      await page.reload();
      await expect(position(page)).toHaveText(/^3 \/ \d+$/);
      await page.mouse.click(screen.width * 0.8, screen.height / 2);
      await expect(position(page)).toHaveText(/^4 \/ \d+$/);
      await expect(page).toHaveURL(/#4$/);
      await page.mouse.click(screen.width * 0.2, screen.height / 2);
      await expect(position(page)).toHaveText(/^3 \/ \d+$/);
      // F fills the screen; Esc leaves full screen first, then goes back to the entry.
      await page.keyboard.press('f');
      await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
      await expect(page.getByRole('button', { name: '退出全屏' })).toBeVisible();
      await page.keyboard.press('f');
      await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
      await page.keyboard.press('Escape');
      await expect(page).toHaveURL(new RegExp(`${CASE}$`));
      await expect(page.locator('h1')).toBeVisible();
    });

    test('slides pass axe, with the 7:1 contrast rule on', async ({ page }) => {
      await page.goto(`${CASE}slides/#2`);
      await expect(position(page)).toHaveText(/^2 \/ \d+$/);
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag2aaa'])
        .analyze();
      expect(violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    });
  });
}

test.describe('every entry', () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  test('theory, forestry, case and model slides all fit a 1280×720 screen with nothing scrolling', async ({ page, request }) => {
    const entries = (await sitemapPaths(request)).filter((p) => /^\/(theory|forestry|cases|models)\/(?!category\/)(?!\d+\/$)[a-z0-9-]+\/$/.test(p));
    expect(entries.length).toBeGreaterThan(100);
    const bad: string[] = [];
    for (const entry of entries) {
      await page.goto(`${entry}slides/`);
      await expect(current(page)).toHaveCount(1);
      // Each entry's parts: at least a title slide and one more.
      expect(await page.locator('.slide').count()).toBeGreaterThanOrEqual(2);
      bad.push(...(await overflowing(page)));
    }
    expect(bad).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the slides read top to bottom as a page, with a way back', async ({ page }) => {
    await page.goto(`${CASE}slides/`);
    await expect(page.getByText('放映需要浏览器开启 JavaScript')).toBeVisible();
    const slides = page.locator('.slide');
    expect(await slides.count()).toBeGreaterThan(5);
    for (const s of await slides.all()) await expect(s).toBeVisible();
    await page.getByRole('link', { name: '返回原文' }).click();
    await expect(page).toHaveURL(new RegExp(`${CASE}$`));
  });
});
