import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, quizRequests, test, watchErrors } from './support';

/** 知识竞赛 host mode: a contest run at a projector, kept through reloads. */
test.use({ viewport: { width: 1920, height: 1080 } });

const team = (page: Page, n: number) => page.locator('[data-scores] button').nth(n);
const progress = (page: Page) => page.locator('[data-progress]');

async function axe(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

test('a contest of 3 teams and 5 questions: points, an undo, a reload in the middle, the ranking and the printed record', async ({ page }) => {
  const errors = watchErrors(page);
  page.on('dialog', (d) => void d.accept());
  await page.goto('quiz/');
  await page.getByRole('link', { name: '知识竞赛' }).click();
  const form = page.locator('form[data-setup]');
  await expect(form).toBeVisible();
  expect(await axe(page)).toEqual([]);

  await form.getByLabel('题目来源').selectOption({ index: 0 });
  await form.getByLabel('题数').fill('5');
  await form.getByLabel('参赛队数').selectOption('3');
  await form.getByLabel('第 1 队名称').fill('机修车间');
  await expect(form.getByLabel('第 4 队名称')).toBeHidden();
  await form.getByLabel('抽题编号').fill('2026');
  const requests = quizRequests(page);
  await form.getByRole('button', { name: '开始竞赛' }).click();

  // The stage fills the screen: no site header; the stem in large type.
  await expect(progress(page)).toHaveText('第 1 题 / 共 5 题');
  // Its questions came in one request: the bank's data file.
  expect(requests).toEqual([expect.stringMatching(/^\/quiz\/data\/bank-[a-z0-9-]+\.json$/)]);
  await expect(page.locator('header[role="banner"]')).toBeHidden();
  const stemSize = await page.locator('[data-question] .contest-stem').evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  expect(stemSize).toBeGreaterThanOrEqual(40);
  await expect(page.locator('[data-question] .contest-options li').first()).toHaveText(/^A\. /);
  await expect(team(page, 0)).toHaveText('1 机修车间 0 分');
  expect(await axe(page)).toEqual([]);

  // Q1: the answer is shown with R; team 1 gets a point with the key 1.
  await expect(page.locator('[data-answer]')).toBeHidden();
  await page.keyboard.press('r');
  await expect(page.locator('[data-answer]')).toBeVisible();
  await expect(page.locator('[data-answer]')).toContainText('答案：');
  await page.keyboard.press('1');
  await expect(team(page, 0)).toHaveText('1 机修车间 1 分');
  await page.keyboard.press('n');
  // Q2: a point to team 3 by tapping, a wrong one to team 2 taken back with U.
  await expect(progress(page)).toHaveText('第 2 题 / 共 5 题');
  await team(page, 2).click();
  await page.keyboard.press('2');
  await expect(team(page, 1)).toHaveText('2 第二组 1 分');
  await page.keyboard.press('u');
  await expect(team(page, 1)).toHaveText('2 第二组 0 分');
  await expect(team(page, 2)).toHaveText('3 第三组 1 分');
  await page.getByRole('button', { name: /下一题/ }).click();
  await expect(progress(page)).toHaveText('第 3 题 / 共 5 题');
  await page.keyboard.press('3');
  const stem3 = await page.locator('[data-question] .contest-stem').textContent();

  // A reload in the middle keeps the question and the scores.
  await page.reload();
  await expect(progress(page)).toHaveText('第 3 题 / 共 5 题');
  await expect(page.locator('[data-question] .contest-stem')).toHaveText(stem3!);
  await expect(team(page, 0)).toHaveText('1 机修车间 1 分');
  await expect(team(page, 2)).toHaveText('3 第三组 2 分');

  await page.keyboard.press('n');
  await page.keyboard.press('1');
  await page.keyboard.press('n');
  await expect(progress(page)).toHaveText('第 5 题 / 共 5 题');
  await page.keyboard.press('3');
  await page.keyboard.press('n');

  // 排名: 第三组 3, 机修车间 2, 第二组 0.
  const ranking = page.locator('[data-ranking] li');
  await expect(ranking).toHaveText(['第 1 名　第三组　3 分', '第 2 名　机修车间　2 分', '第 3 名　第二组　0 分']);
  await expect(page.locator('header[role="banner"]')).toBeVisible();
  await expect(page.locator('[data-asked] > li')).toHaveCount(5);
  expect(await axe(page)).toEqual([]);
  // A reload keeps the finished contest until it is ended.
  await page.reload();
  await expect(ranking).toHaveCount(3);

  // The printed 竞赛记录: date, teams and scores, each question with its answer; no buttons or menus.
  await page.emulateMedia({ media: 'print' });
  const record = page.locator('.contest-record');
  await expect(record).toBeVisible();
  await expect(record.locator('[data-meta]')).toContainText('抽题编号：2026');
  await expect(record.locator('tbody tr')).toHaveCount(3);
  await expect(record.locator('tbody tr').first()).toHaveText('1第三组3');
  await expect(record.locator('.contest-key')).toHaveCount(5);
  await expect(page.getByRole('button', { name: '打印竞赛记录' })).toBeHidden();
  await expect(page.locator('header[role="banner"]')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // 结束竞赛 asks, then clears it: a reload shows the setup again.
  await page.getByRole('button', { name: '结束竞赛' }).click();
  await expect(form).toBeVisible();
  await page.reload();
  await expect(form).toBeVisible();
  expect(errors).toEqual([]);
});

test('a timed contest from a paper counts down, and draws the questions of the printed paper with that seed', async ({ page }) => {
  page.on('dialog', (d) => void d.accept());
  await page.goto('quiz/contest/');
  const form = page.locator('form[data-setup]');
  const paper = form.locator('optgroup').nth(1).locator('option').first();
  await form.getByLabel('题目来源').selectOption((await paper.getAttribute('value'))!);
  await form.getByLabel('题数').fill('3');
  await form.getByLabel('抽题编号').fill('77');
  await form.getByRole('radio', { name: '30 秒' }).check();
  // The printed paper with the same seed.
  const print = form.getByRole('link', { name: /打印试卷/ });
  await expect(print).toHaveAttribute('href', /print\/\?seed=77$/);
  const printed = await page.context().newPage();
  await printed.goto((await print.getAttribute('href'))!);
  await expect(printed.locator('[data-paper] > li').first()).toBeVisible();
  const firstPrinted = (await printed.locator('[data-paper] > li').first().locator('legend').textContent())!;
  await printed.close();

  const requests = quizRequests(page);
  await form.getByRole('button', { name: '开始竞赛' }).click();
  await expect(page.locator('[data-timer]')).toHaveText(/^还剩 (30|29|28) 秒$/);
  // One request: the paper's data file, the same the exam and the printed paper use.
  expect(requests).toEqual([expect.stringMatching(/^\/quiz\/data\/exam-[a-z0-9-]+\.json$/)]);
  const stem = (await page.locator('[data-question] .contest-stem').textContent())!;
  expect(firstPrinted.replace(/\s+/g, '')).toContain(stem.replace(/^1\. （.+?）/, '').replace(/\s+/g, ''));
  await page.getByRole('button', { name: '提前结束' }).click();
  await expect(page.locator('[data-ranking] li')).toHaveCount(3);
  await page.getByRole('button', { name: '结束竞赛' }).click();
  await expect(form).toBeVisible();
});

test.describe('on a 1280×720 screen', () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  test('eight teams, a question and its answer fit the screen without scrolling', async ({ page }) => {
    page.on('dialog', (d) => void d.accept());
    await page.goto('quiz/contest/');
    const form = page.locator('form[data-setup]');
    await form.getByLabel('参赛队数').selectOption('8');
    await form.getByLabel('题数').fill('2');
    await form.getByRole('button', { name: '开始竞赛' }).click();
    await expect(page.locator('[data-scores] button')).toHaveCount(8);
    await page.keyboard.press('r');
    await expect(page.locator('[data-answer]')).toBeVisible();
    const stage = await page.locator('[data-stage]').evaluate((s) => ({ scroll: s.scrollHeight, height: s.clientHeight, page: document.scrollingElement!.scrollHeight }));
    expect(stage.scroll).toBeLessThanOrEqual(stage.height);
    expect(stage.page).toBeLessThanOrEqual(720);
    await page.getByRole('button', { name: '提前结束' }).click();
    await page.getByRole('button', { name: '结束竞赛' }).click();
    await expect(form).toBeVisible();
  });
});
