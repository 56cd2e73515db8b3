import AxeBuilder from '@axe-core/playwright';
import { answer, expect, test, firstEntryPath, seed, STORE_KEY, wrongChoice } from './support';

test('take a self-check, get one wrong, reload: the miss is in the records as a review card', async ({ page }) => {
  await page.goto(await firstEntryPath(page, 'theory/'));
  const quiz = page.locator('self-check');
  // The quiz code arrives as the self-check nears the screen; until then it is the no-script version.
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.locator('details').first()).toBeHidden();
  const n = await answer(page, 0);
  await quiz.getByRole('button', { name: '提交答案' }).click();
  await expect(quiz.locator('[data-live]')).toHaveText(`答对 ${n - 1} / ${n} 题。做错的题已记入错题本。`);
  await expect(quiz.locator('[data-live]').getByRole('link', { name: '错题本' })).toHaveAttribute('href', /\/quiz\/review\/$/);
  const first = quiz.locator('[data-question]').first();
  await expect(first.locator('[data-verdict]')).toHaveText('✗ 回答错误');
  await expect(first.locator('[data-mark-text]').filter({ hasText: '✗ 选错了' })).toHaveCount(1);
  await expect(first.locator('[data-mark="wrong"]')).toHaveCount(1);
  await expect(first.getByText('解析：')).toBeVisible();
  const missedId = await first.getAttribute('data-question');

  await page.reload();
  const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), STORE_KEY))!);
  expect(Object.keys(stored.cards)).toEqual([missedId]);
  expect(stored.answers[missedId!]).toMatchObject({ wrong: 1, lastCorrect: false });

  // Retry clears the answers.
  await answer(page, -1);
  await quiz.getByRole('button', { name: '提交答案' }).click();
  await expect(quiz.locator('[data-live]')).toContainText(`答对 ${n} / ${n} 题`);
  await quiz.getByRole('button', { name: '再做一遍' }).click();
  await expect(quiz.locator('input:checked')).toHaveCount(0);
});

test('a self-check can be done with the keyboard alone', async ({ page }) => {
  await page.goto(await firstEntryPath(page, 'forestry/'));
  const items = page.locator('self-check [data-question]');
  const n = await items.count();
  await items.first().locator('input').first().focus();
  // Focus brings in the quiz code; the submit button appears when it is ready.
  await expect(page.locator('self-check [data-submit]')).toBeVisible();
  for (let q = 0; q < n; q++) {
    const type = await items.nth(q).getAttribute('data-type');
    // Space selects the focused radio or checkbox; Tab moves to the next question.
    await page.keyboard.press('Space');
    if (type === 'multiple') {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      const left = (await items.nth(q).locator('input').count()) - 2;
      for (let i = 0; i < left; i++) await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Tab');
  }
  await expect(page.locator('self-check [data-submit]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('self-check [data-live]')).toContainText(`/ ${n} 题`);
});

test('corrupt stored data does not break the page: it is backed up, with a notice on load', async ({ page }) => {
  const path = await firstEntryPath(page, 'cases/');
  await seed(page, '{"version":1, broken');
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(path);
  // Said as soon as the page has read the records, before any answer.
  await expect(page.locator('#store-notice')).toContainText('原数据已另存为备份');
  const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('sengong-xuexi-backup-')).map((k) => localStorage.getItem(k)));
  expect(backups).toEqual(['{"version":1, broken']);
  await answer(page, -1);
  await page.locator('self-check').getByRole('button', { name: '提交答案' }).click();
  await expect(page.locator('self-check [data-live]')).toContainText('答对');
  const fresh = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), STORE_KEY))!);
  expect(fresh.version).toBe(2);
  expect(Object.keys(fresh.answers).length).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

test('the self-check with feedback shown passes axe', async ({ page }) => {
  await page.goto(await firstEntryPath(page, 'models/'));
  await answer(page, 0);
  await page.locator('self-check').getByRole('button', { name: '提交答案' }).click();
  const { violations } = await new AxeBuilder({ page }).include('self-check').analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});

test('a question missed in a self-check shows up in 错题本, due, and can be rated', async ({ page }) => {
  await page.goto(await firstEntryPath(page, 'cases/'));
  await page.locator('self-check').scrollIntoViewIfNeeded();
  await answer(page, 1);
  await page.locator('self-check').getByRole('button', { name: '提交答案' }).click();
  const missed = await page.locator('self-check [data-question]').nth(1).getAttribute('data-question');

  await page.goto('quiz/review/');
  await expect(page.locator('p[data-counts]')).toHaveText('待复习 1 道 · 错题本共 1 道 · 已掌握 0 道');
  const card = page.locator(`self-check [data-question="${missed}"]`);
  await expect(card).toBeVisible();
  // Answer it right this time, then rate it.
  const right = (await card.getAttribute('data-answer'))!.split(',').map(Number);
  for (const i of right) await card.locator('input').nth(i).check();
  await page.locator('self-check').getByRole('button', { name: '提交答案' }).click();
  await expect(page.locator('self-check [data-live]')).toHaveText('答对 1 / 1 题。');
  await card.getByRole('button', { name: '记得' }).click();
  await expect(card.getByText(/^下次复习：\d{4}-\d{2}-\d{2}$/)).toBeVisible();
  // The card leaves the due list at once.
  await expect(page.locator('p[data-counts]')).toHaveText('待复习 0 道 · 错题本共 1 道 · 已掌握 0 道');
  await page.reload();
  await expect(page.locator('p[data-counts]')).toHaveText('待复习 0 道 · 错题本共 1 道 · 已掌握 0 道');
});

test('每日一练 is the same set all day and a new set the next day', async ({ page }) => {
  const idsOn = async (iso: string) => {
    await page.clock.setFixedTime(new Date(iso));
    await page.goto('quiz/daily/');
    await expect(page.locator('self-check [data-question]')).toHaveCount(5);
    return page.locator('[data-daily]').getAttribute('data-ids');
  };
  const morning = await idsOn('2026-11-25T00:30:00+08:00');
  const evening = await idsOn('2026-11-25T23:30:00+08:00');
  const nextDay = await idsOn('2026-11-26T08:00:00+08:00');
  expect(evening).toBe(morning);
  expect(nextDay).not.toBe(morning);
  await expect(page.locator('[data-day]')).toHaveText('2026-11-26');
});

test('每日一练, 错题本 and an exam each load their questions in one request, marked up exactly as on the bank page', async ({ page }) => {
  const data: string[] = [];
  page.on('request', (r) => /\/quiz\/.+\.json$/.test(new URL(r.url()).pathname) && data.push(new URL(r.url()).pathname));
  await page.goto('quiz/daily/');
  const items = page.locator('self-check [data-question]');
  await expect(items).toHaveCount(5);
  // 每日一练 loads only today's shard of the questions, a file a tenth the size of all of them.
  expect(data).toEqual([expect.stringMatching(/^\/quiz\/data\/daily-\d+\.json$/)]);
  const size = async (path: string) => (await (await page.request.get(path)).body()).length;
  expect(await size(data[0]!.slice(1))).toBeLessThan((await size('quiz/data/all.json')) / 5);

  // The same question from the bank page's own markup (QuestionItem.astro) and as filled in the browser.
  const id = (await items.first().getAttribute('data-question'))!;
  const all = await (await page.request.get('quiz/data/all.json')).json() as { questions: { id: string; bank: string }[] };
  const bank = all.questions.find((q) => q.id === id)!.bank;
  const served = await (await page.request.get(`quiz/${bank}/`)).text();
  const [fromServer, fromData] = await items.first().evaluate((item, [html, qid]) => {
    const normal = (el: Element) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelector('legend + p')?.remove(); // the source line shown away from the article
      copy.querySelector('details')!.removeAttribute('hidden'); // answers wait for a submit
      copy.querySelector('[data-n]')!.textContent = '';
      return copy.outerHTML;
    };
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return [normal(doc.querySelector(`[data-question="${qid}"]`)!), normal(item)];
  }, [served, id] as const);
  expect(fromData).toBe(fromServer);

  // 错题本 with a missed question, and an exam: one data file each.
  const now = new Date().toISOString();
  const card = { due: now, stability: 1, difficulty: 5, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, reps: 1, lapses: 1, state: 1, last_review: now };
  await seed(page, { version: 2, answers: { [id]: { right: 0, wrong: 1, last: now, lastCorrect: false } }, cards: { [id]: { card, mastered: false } }, exams: [], reads: {}, settings: {} });
  data.length = 0;
  await page.goto('quiz/review/');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toHaveAttribute('data-question', id);
  expect(data).toEqual(['/quiz/data/all.json']);
  data.length = 0;
  await page.goto('quiz/exam/zonghe-moni-kaoshi/');
  await page.getByRole('button', { name: '开始考试' }).click();
  await expect(items).toHaveCount(40);
  expect(data).toEqual(['/quiz/data/exam-zonghe-moni-kaoshi.json']);
});

test('a mock exam: countdown survives a reload and hands the paper in at time-out, with score and breakdown', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-25T09:00:00+08:00') });
  await page.goto('quiz/exam/senlin-fanghuo-ceshi/');
  await page.getByRole('button', { name: '开始考试' }).click();
  const items = page.locator('self-check [data-question]');
  await expect(items).toHaveCount(20);
  await expect(page.locator('[data-clock]')).toHaveText(/剩余时间 (20:00|19:[0-5]\d)/);
  // Answer the first question, then reload five minutes in: same paper, same answer, less time.
  const firstId = await items.first().getAttribute('data-question');
  await items.first().locator('input').first().check();
  await page.clock.runFor(5 * 60_000);
  await page.reload();
  await expect(items).toHaveCount(20);
  expect(await items.first().getAttribute('data-question')).toBe(firstId);
  await expect(items.first().locator('input').first()).toBeChecked();
  await expect(page.locator('[data-clock]')).toHaveText(/剩余时间 1[45]:\d\d/);
  await page.clock.runFor(16 * 60_000);
  await expect(page.locator('[data-score]')).toHaveText(/^得分 \d+ \/ 100，(及格|不及格)（答对 \d+ \/ 20 题）$/);
  await expect(page.locator('[data-result] tbody tr').first()).toBeVisible();
  await expect(page.locator('[data-history] li')).toHaveCount(1);
  // Every answer is reviewed with its explanation.
  await expect(items.first().getByText('解析：')).toBeVisible();
});

for (const path of ['quiz/', 'quiz/daily/', 'quiz/review/', 'quiz/exam/zonghe-moni-kaoshi/', 'quiz/lilun-xuexi/']) {
  test(`axe: no serious or critical violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    if (path === 'quiz/daily/') await expect(page.locator('self-check [data-question]')).toHaveCount(5);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
  });
}

test('打印试卷: the seed is on the paper, the same seed gives the same paper, the key is on its own page', async ({ page }) => {
  const paperFor = async (seed: string) => {
    await page.goto(`quiz/exam/dangji-fagui-ceshi/print/?seed=${seed}`);
    await expect(page.locator('[data-paper] [data-question]')).toHaveCount(40);
    return page.locator('[data-paper] [data-question]').evaluateAll((els) => els.map((e) => e.getAttribute('data-question')).join());
  };
  const first = await paperFor('room1');
  await expect(page.locator('[data-seed]').first()).toHaveText('room1');
  await expect(page.locator('[data-key] li')).toHaveCount(40);
  await expect(page.locator('[data-key] li').first()).toHaveText(/^第 1 题：([A-H]+|正确|错误)$/);
  expect(await paperFor('room1')).toBe(first);
  expect(await paperFor('room2')).not.toBe(first);
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.answer-key').evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
  await expect(page.locator('header[role="banner"]')).toBeHidden();
  await expect(page.getByRole('button', { name: '打印' })).toBeHidden();
});

test('storage that is unavailable degrades to memory with a notice', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  await page.goto(await firstEntryPath(page, 'theory/'));
  await page.locator('self-check').scrollIntoViewIfNeeded();
  await answer(page, -1);
  await page.locator('self-check').getByRole('button', { name: '提交答案' }).click();
  await expect(page.locator('#store-notice')).toContainText('本次学习记录只在关闭页面前有效');
  await expect(page.locator('self-check [data-live]')).toContainText('答对');
});

test('题库练习 goes one question at a time, and “答到对为止” lets a wrong answer be tried again', async ({ page }) => {
  await page.goto('quiz/linye-zhishi/');
  const quiz = page.locator('self-check');
  const visible = quiz.locator('[data-question]:visible');
  await expect(visible).toHaveCount(1);
  await expect(quiz.locator('[data-progress]')).toHaveText(/^第 1 \/ \d+ 题$/);
  await quiz.getByLabel('答到对为止').check();
  const item = visible.first();
  const right = (await item.getAttribute('data-answer'))!.split(',').map(Number);
  const inputs = item.locator('input');
  for (const i of wrongChoice(right, await inputs.count())) await inputs.nth(i).check();
  await quiz.getByRole('button', { name: '提交本题' }).click();
  await expect(quiz.locator('[data-live]')).toHaveText('不对，再想想，再试一次。');
  await expect(item.getByText('解析：')).toBeHidden();
  await quiz.getByRole('button', { name: '再试一次' }).click();
  for (const i of right) await inputs.nth(i).check();
  await quiz.getByRole('button', { name: '提交本题' }).click();
  await expect(item.getByText('解析：')).toBeVisible();
  const id = await item.getAttribute('data-question');
  await quiz.getByRole('button', { name: '下一题' }).click();
  await expect(quiz.locator('[data-progress]')).toHaveText(/^第 2 \/ \d+ 题$/);
  // The first, wrong attempt is what the records keep: the question is in 错题本.
  const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('sengong-xuexi')))!);
  expect(Object.keys(stored.cards)).toContain(id);
});

test('错题本: mastered cards leave the list and can be cleared in one action; 只看错题 filters', async ({ page }) => {
  const pool = await (await page.request.get('quiz/pool.json')).json() as { id: string }[];
  const [a, b, c] = pool.map((q) => q.id) as [string, string, string];
  const now = new Date().toISOString();
  const card = (scheduled: number, due: string) => ({ due, stability: scheduled, difficulty: 5, elapsed_days: 0, scheduled_days: scheduled, learning_steps: 0, reps: 3, lapses: 0, state: 2, last_review: now });
  await seed(page, {
    version: 1,
    answers: { [a]: { right: 0, wrong: 1, last: now, lastCorrect: false }, [b]: { right: 1, wrong: 1, last: now, lastCorrect: true }, [c]: { right: 3, wrong: 1, last: now, lastCorrect: true } },
    cards: { [a]: { card: card(0, now), mastered: false }, [b]: { card: card(3, now), mastered: false }, [c]: { card: card(40, '2099-01-01T00:00:00.000Z'), mastered: true } },
    exams: [], reads: {}, settings: {},
  });
  await page.goto('quiz/review/');
  await expect(page.locator('p[data-counts]')).toHaveText('待复习 2 道 · 错题本共 2 道 · 已掌握 1 道');
  await expect(page.locator(`self-check [data-question="${c}"]`)).toHaveCount(0);
  await page.getByLabel('只看最近一次仍答错的题').check();
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page).toHaveURL(/wrong=on/);
  await expect(page.locator('self-check [data-question]')).toHaveCount(1);
  await expect(page.locator(`self-check [data-question="${a}"]`)).toHaveCount(1);
  await page.getByRole('button', { name: '清除全部已掌握的题' }).click();
  await expect(page.locator('p[data-counts]')).toHaveText('待复习 1 道 · 错题本共 1 道 · 已掌握 0 道');
  const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('sengong-xuexi')))!);
  expect(Object.keys(stored.cards).sort()).toEqual([a, b].sort());
});
