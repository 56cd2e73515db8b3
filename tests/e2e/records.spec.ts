/** 我的学习 and the records behind it: reading marks, /me/, export/import, the 学习台账, and records that are never lost. */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { answer, expect, test, firstEntryPath, seed, STORE_KEY as KEY } from './support';

const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), KEY);
const storedJson = async (page: Page) => JSON.parse((await stored(page)) ?? 'null');
const pool = async (page: Page) => (await (await page.request.get('quiz/pool.json')).json()) as { id: string; type: string; bank: string }[];

const T = '2026-03-05T02:00:00.000Z';
const card = (due: string) => ({ due, stability: 1, difficulty: 5, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, reps: 1, lapses: 1, state: 1, last_review: T });

/** A full set of version-2 records: two articles read, answers, a card, an exam, a session, three study days. */
function sampleRecords(ids: string[]) {
  return {
    version: 2,
    answers: { [ids[0]!]: { right: 0, wrong: 1, last: T, lastCorrect: false }, [ids[1]!]: { right: 2, wrong: 0, last: T, lastCorrect: true } },
    cards: { [ids[0]!]: { card: card(T), mastered: false } },
    exams: [{ paper: 'zonghe-moni-kaoshi', title: '综合模拟考试', seed: 'abc123', startedAt: '2026-03-06T01:00:00.000Z', finishedAt: '2026-03-06T01:40:00.000Z', score: 86, total: 100, passed: true, byTag: {} }],
    reads: {
      'theory/jiti-xieshang': { first: T, last: T, title: '集体协商与集体合同的签订和履行', tags: ['jiti-xieshang'] },
      'forestry/hulinyuan-xunhu': { first: '2026-04-02T02:00:00.000Z', last: '2026-04-02T02:00:00.000Z', title: '护林员巡护', tags: ['hulin-xunhu'] },
    },
    sessions: [{ kind: 'daily', ref: '2026-03-05', title: '每日一练', at: T, right: 4, total: 5 }],
    days: ['2026-03-05', '2026-03-06', '2026-04-02'],
    settings: {},
  };
}

test('reading to the end marks an article read: ✓ on cards, progress on paths, and in 我的学习', async ({ page }) => {
  await page.goto('paths/');
  const pathHref = (await page.locator('main .card a').first().getAttribute('href'))!;
  await page.goto(pathHref);
  const steps = page.locator('main ol .card');
  const total = await steps.count();
  const articleStep = steps.filter({ has: page.locator('a[href*="/theory/"], a[href*="/forestry/"], a[href*="/cases/"], a[href*="/models/"]') }).first();
  const link = articleStep.locator('a');
  const title = (await link.textContent())!.trim();
  await link.click();
  await expect(page.locator('h1')).toHaveText(title);
  // Reaching the end of the text is reading it.
  await page.locator('.prose > :last-child').scrollIntoViewIfNeeded();
  await expect.poll(async () => Object.keys((await storedJson(page))?.reads ?? {}).length).toBe(1);

  await page.goto(pathHref);
  await expect(articleStep.locator('.done-mark')).toHaveText('✓ 已读');
  await expect(page.locator('[data-steps] [data-progress]')).toHaveText(`已完成 1 / ${total} 步`);
  await expect(page.locator('main ol .done-mark')).toHaveCount(1);
  await page.goto('paths/');
  await expect(page.locator(`main .card:has(a[href="${pathHref}"]) [data-progress]`)).toHaveText(`已完成 1 / ${total} 步`);

  await page.goto('me/');
  await expect(page.locator('[data-reads] li')).toHaveCount(1);
  await expect(page.locator('[data-reads] li')).toContainText(title);
  await expect(page.locator('[data-reads] time')).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
  await expect(page.locator('[data-stat="reads"]')).toHaveText('1 篇');
  await expect(page.locator('[data-stat="days"]')).toHaveText('1 天');
  // The path in progress offers its next step.
  await expect(page.locator('[data-next] li').first()).toContainText(`已完成 1 / ${total} 步`);
});

test('继续学习 offers the article left unfinished, and a section list marks what was read', async ({ page }) => {
  const path = await firstEntryPath(page, 'forestry/');
  await page.goto(path);
  const title = (await page.locator('h1').textContent())!.trim();
  await expect.poll(async () => (await storedJson(page))?.opened?.title).toBe(title);
  await page.goto('me/');
  await expect(page.locator('[data-resume] a')).toHaveText(`接着读：${title}`);
  await page.locator('[data-resume] a').click();
  await expect(page.locator('h1')).toHaveText(title);
  await page.locator('.prose > :last-child').scrollIntoViewIfNeeded();
  await expect.poll(async () => Object.keys((await storedJson(page))?.reads ?? {})).toHaveLength(1);
  await page.goto('forestry/');
  await expect(page.locator(`main .card:has(a[href="${path}"]) .done-mark`)).toHaveText('✓ 已读');
  await page.goto('me/');
  await expect(page.locator('[data-resume]')).toBeHidden();
});

test('export, clear and import bring back every record', async ({ page }) => {
  await page.goto('me/');
  const records = sampleRecords((await pool(page)).map((q) => q.id));
  await seed(page, records);
  await page.goto('me/');
  await expect(page.locator('[data-stat="reads"]')).toHaveText('2 篇');
  await expect(page.locator('[data-stat="exams"]')).toHaveText('1 次');
  await expect(page.locator('[data-stat="due"]')).toHaveText('1 道');
  await expect(page.locator('[data-exams] li')).toHaveText('2026-03-06 09:40　86 / 100 分　及格');
  await expect(page.locator('[data-by="bank"] tbody tr').first()).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出全部记录（JSON 文件）' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^森工学习记录-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported).toMatchObject({ format: 'sengong-xuexi-records', version: 2, records: { reads: records.reads, exams: records.exams } });

  // Clearing asks first, and offers an export.
  await page.getByRole('button', { name: '清除全部学习记录' }).click();
  const dialog = page.getByRole('dialog', { name: '清除全部学习记录？' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: '先导出备份' })).toBeVisible();
  await dialog.getByRole('button', { name: '取消' }).click();
  expect(await stored(page)).not.toBeNull();
  await page.getByRole('button', { name: '清除全部学习记录' }).click();
  await dialog.getByRole('button', { name: '确定清除' }).click();
  await expect(page.locator('[data-clear-status]')).toHaveText('学习记录已清除。');
  await expect(page.locator('[data-stat="reads"]')).toHaveText('0 篇');
  expect(await stored(page)).toBeNull();

  // Import: a preview of what will be merged, nothing changed until confirmed.
  await page.getByLabel('导入记录文件').setInputFiles(file);
  await expect(page.locator('[data-import-text]')).toHaveText(
    '这个文件中的记录合并后：读完的文章新增 2 篇、更新 0 篇；答题记录新增 2 道、更新 0 道；错题本新增 1 道、更新 0 道；考试成绩新增 1 次；练习记录新增 1 次；学习天数新增 3 天。',
  );
  expect(await stored(page)).toBeNull();
  await page.getByRole('button', { name: '确认合并' }).click();
  await expect(page.locator('[data-import-status]')).toHaveText('已合并，记录已更新。');
  await expect(page.locator('[data-stat="reads"]')).toHaveText('2 篇');
  const back = await storedJson(page);
  for (const field of ['answers', 'cards', 'exams', 'reads', 'sessions', 'days'] as const) expect(back[field]).toEqual(records[field]);

  // The same file again adds nothing and duplicates nothing.
  await page.getByLabel('导入记录文件').setInputFiles(file);
  await expect(page.locator('[data-import-status]')).toHaveText('这个文件中的记录这台设备上都已经有了，不需要合并。');
  expect((await storedJson(page)).exams).toHaveLength(1);
});

test('a bad import file gets a clear message and changes nothing', async ({ page }) => {
  await page.goto('me/');
  await seed(page, sampleRecords((await pool(page)).map((q) => q.id)));
  await page.goto('me/');
  const before = await stored(page);
  const files: [string, string, string][] = [
    ['notes.json', '这不是记录', '无法读取这个文件'],
    ['other.json', '{"theme":"dark","items":[1,2]}', '这个文件不是本站的学习记录'],
    ['newer.json', JSON.stringify({ format: 'sengong-xuexi-records', version: 99, records: {} }), '来自更新版本的网站'],
    ['empty.json', JSON.stringify({ format: 'sengong-xuexi-records', version: 2, records: { version: 2 } }), '这个文件里没有学习记录'],
  ];
  for (const [name, text, message] of files) {
    await page.getByLabel('导入记录文件').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(page.locator('[data-import-status]')).toContainText(message);
    await expect(page.locator('[data-import-status]')).toContainText('没有做任何修改');
    await expect(page.locator('[data-import-preview]')).toBeHidden();
  }
  await page.getByLabel('导入记录文件').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 32) });
  await expect(page.locator('[data-import-status]')).toContainText('文件太大');
  expect(await stored(page)).toBe(before);
});

test('with storage full: 错题本 shows what is stored, the notice says the storage is full, and an exam survives a reload', async ({ page }) => {
  await page.goto('quiz/review/');
  const ids = (await pool(page)).map((q) => q.id);
  await seed(page, sampleRecords(ids));
  // Another application on the same host fills the rest of the origin's storage.
  await page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20);
    for (let i = 0; chunk.length > 0; i++) {
      try {
        localStorage.setItem(`other-app-${i}`, chunk);
      } catch {
        chunk = chunk.slice(0, chunk.length >> 1);
      }
    }
  });
  await page.goto('quiz/review/');
  await expect(page.locator('p[data-counts]')).toHaveText('待复习 1 道 · 错题本共 1 道 · 已掌握 0 道');

  await page.goto('quiz/exam/zonghe-moni-kaoshi/');
  await page.getByRole('button', { name: '开始考试' }).click();
  const notice = page.locator('#store-notice');
  await expect(notice).toContainText('存储空间已满');
  await expect(notice).not.toContainText('无痕');
  const items = page.locator('self-check [data-question]');
  await expect(items).toHaveCount(40, { timeout: 60_000 });
  const firstId = await items.first().getAttribute('data-question');
  await items.first().locator('input').first().check();
  await page.reload();
  // The paper's questions load one by one; give them time on a slow machine.
  await expect(items).toHaveCount(40, { timeout: 60_000 });
  await expect(items.first()).toHaveAttribute('data-question', firstId!);
  await expect(items.first().locator('input').first()).toBeChecked();
  await expect(page.locator('[data-clock]')).toBeVisible();
  await expect(notice).toContainText('存储空间已满');
});

test('records from a newer version of the site are never overwritten, and every page that reads records says so on load', async ({ page }) => {
  await page.goto('quiz/review/');
  const ids = (await pool(page)).map((q) => q.id);
  const newer = JSON.stringify({ ...sampleRecords(ids), version: 3, comingSoon: { x: 1 } });
  await seed(page, newer);
  for (const path of ['quiz/review/', 'quiz/exam/zonghe-moni-kaoshi/', 'quiz/daily/', 'me/']) {
    await page.goto(path);
    await expect(page.locator('#store-notice')).toContainText('来自更新版本的网站', { timeout: 15_000 });
  }
  await page.goto('quiz/review/');
  await expect(page.locator('p[data-counts]')).toHaveText('待复习 1 道 · 错题本共 1 道 · 已掌握 0 道');
  const item = page.locator('self-check [data-question]').first();
  await item.locator('input').first().check();
  await page.getByRole('button', { name: '提交答案' }).click();
  await item.getByRole('button', { name: '忘了' }).click();
  expect(await stored(page)).toBe(newer);
});

test('cards of removed questions, and keys such as __proto__ or constructor, are never due, never fetched, and can be cleared', async ({ page }) => {
  await page.goto('quiz/review/');
  const [real] = (await pool(page)).map((q) => q.id);
  const c = JSON.stringify({ card: card(T), mastered: false });
  await seed(page, `{"version":2,"answers":{},"cards":{"__proto__":${c},"constructor":${c},"removed-question-9":${c},"${real}":${c}},"exams":[],"reads":{},"sessions":[],"days":[],"settings":{}}`);
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('quiz/review/');
  await expect(page.locator('p[data-counts]')).toHaveText('待复习 1 道 · 错题本共 1 道 · 已掌握 0 道');
  await expect(page.locator('self-check [data-question]')).toHaveCount(1);
  expect(fetched.filter((p) => /constructor|removed-question|__proto__/.test(p))).toEqual([]);
  // __proto__ is not an id: set aside as damaged (and backed up); the other two are only no longer in any bank.
  await expect(page.locator('#store-notice')).toContainText('部分内容无法读取');
  await page.getByRole('button', { name: '另有 2 道题已不在题库中，清除它们' }).click();
  await expect(page.getByRole('button', { name: /已不在题库中/ })).toBeHidden();
  expect(Object.keys((await storedJson(page)).cards)).toEqual([real]);
});

test('学习台账: a date range, the name kept on this device, a printable A4 sheet and a CSV', async ({ page }) => {
  await page.goto('me/ledger/');
  await seed(page, sampleRecords((await pool(page)).map((q) => q.id)));
  await page.goto('me/ledger/?from=2026-03-01&to=2026-03-31');
  const rows = page.locator('.ledger-table tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0).locator('td')).toHaveText(['2026-03-05', '阅读', '集体协商与集体合同的签订和履行', '']);
  await expect(rows.nth(1).locator('td')).toHaveText(['2026-03-05', '每日一练', '每日一练', '答对 4 / 5 题']);
  await expect(rows.nth(2).locator('td')).toHaveText(['2026-03-06', '模拟考试', '综合模拟考试', '86 / 100 分，及格']);
  await expect(page.locator('[data-totals]')).toHaveText('学习 2 天，读完文章 1 篇，练习 1 次，模拟考试 1 次（及格 1 次）。');

  await page.getByLabel('开始日期').fill('2026-04-01');
  await page.getByLabel('结束日期').fill('2026-04-30');
  await expect(rows).toHaveCount(1);
  await page.getByLabel('姓名').fill('张三');
  await page.getByLabel('单位').fill('某林业局某林场');
  await page.getByLabel('所在支部').fill('第一党支部');
  await expect(page.locator('[data-out="unit"]')).toHaveText('某林业局某林场');
  await page.reload();
  await expect(page.getByLabel('姓名')).toHaveValue('张三');
  await expect(page.locator('[data-out="branch"]')).toHaveText('第一党支部');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出表格（CSV）' }).click()]);
  expect(download.suggestedFilename()).toBe('学习台账-2026-03-01至2026-03-31.csv');
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv.split('\r\n').slice(0, 2)).toEqual(['\uFEFF日期,类型,内容,结果', '2026-03-05,阅读,集体协商与集体合同的签订和履行,']);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-ledger-form]')).toBeHidden();
  await expect(page.locator('header[role="banner"]')).toBeHidden();
  await expect(page.locator('.ledger-table')).toBeVisible();
  await expect(page.locator('.ledger-sign')).toContainText('本人签字');
});

test('a mock exam asks before handing in blanks, labels the button 交卷, and shows the paper number only once it has one', async ({ page }) => {
  await page.goto('quiz/exam/senlin-fanghuo-ceshi/');
  await expect(page.locator('[data-seed-line]')).toBeHidden();
  await page.getByRole('button', { name: '开始考试' }).click();
  await expect(page.locator('[data-seed-line]')).toHaveText(/^试卷编号：[a-z0-9]+$/);
  const items = page.locator('self-check [data-question]');
  await expect(items).toHaveCount(20);
  await items.first().locator('input').first().check();
  await page.getByRole('button', { name: '交卷' }).click();
  await expect(page.locator('self-check [data-live]')).toContainText('还有 19 道题没有作答');
  expect((await storedJson(page)).exams).toEqual([]);
  await page.getByRole('button', { name: '确定交卷' }).click();
  await expect(page.locator('[data-score]')).toHaveText(/^得分 \d+ \/ 100，(及格|不及格)（答对 \d+ \/ 20 题）$/);
  expect((await storedJson(page)).exams).toHaveLength(1);
  expect((await storedJson(page)).examInProgress).toBeUndefined();
});

test('questions away from their article show where they come from; 漏选 is said only of multiple choice', async ({ page }) => {
  await page.goto('quiz/daily/');
  const items = page.locator('self-check [data-question]');
  await expect(items.first()).toBeVisible();
  for (const item of await items.all()) await expect(item.locator('fieldset > p').first()).toHaveText(/^出处：.+/);

  // A wrong single-choice answer marks the right option as the answer, not as "missed".
  await page.goto('quiz/review/');
  const [q] = (await pool(page)).filter((x) => x.type === 'single');
  await seed(page, { version: 2, answers: {}, cards: { [q!.id]: { card: card(T), mastered: false } }, exams: [], reads: {}, sessions: [], days: [], settings: {} });
  await page.goto('quiz/review/');
  const item = page.locator(`self-check [data-question="${q!.id}"]`);
  const right = Number(await item.getAttribute('data-answer'));
  await item.locator('input').nth(right === 0 ? 1 : 0).check();
  await page.getByRole('button', { name: '提交答案' }).click();
  await expect(item.locator('[data-mark="missed"] [data-mark-text]')).toHaveText('← 正确答案');
  await expect(page.locator('self-check [data-live]')).toHaveText('答对 0 / 1 题。');
});

test('以案释纪 both ways: a rule lists the cases that break it', async ({ page }) => {
  await page.goto(await firstEntryPath(page, 'cases/'));
  const caseTitle = (await page.locator('h1').textContent())!.trim();
  await page.locator('main a[href*="/theory/"]').first().click();
  const cited = page.getByRole('region', { name: '以案释纪：相关警示案例' });
  await expect(cited.getByRole('link', { name: caseTitle })).toBeVisible();
});

test('a self-check finished counts as read and goes into the 学习台账', async ({ page }) => {
  const path = await firstEntryPath(page, 'theory/');
  await page.goto(path);
  const title = (await page.locator('h1').textContent())!.trim();
  await page.locator('self-check').scrollIntoViewIfNeeded();
  await answer(page, -1);
  await page.locator('self-check').getByRole('button', { name: '提交答案' }).click();
  await expect(page.locator('self-check [data-live]')).toContainText('答对');
  const r = await storedJson(page);
  expect(Object.values(r.reads).map((x) => (x as { title: string }).title)).toEqual([title]);
  expect(r.sessions).toMatchObject([{ kind: 'self-check', title }]);
  await page.goto('me/ledger/');
  await expect(page.locator('.ledger-table tbody tr')).toHaveCount(2);
  await expect(page.locator('.ledger-table tbody tr').nth(1)).toContainText('读后自测');
});

test('我的学习 and the 学习台账, filled with records, pass axe in light and dark', async ({ page }) => {
  await page.goto('me/');
  await seed(page, sampleRecords((await pool(page)).map((q) => q.id)));
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const path of ['me/', 'me/ledger/?from=2026-01-01&to=2026-12-31']) {
      await page.goto(path);
      await expect(page.locator(path.startsWith('me/ledger') ? '.ledger-table tbody tr' : '[data-reads] li').first()).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${path} ${colorScheme}: ${v.id}`)).toEqual([]);
    }
  }
});
