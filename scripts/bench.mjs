/**
 * Build benchmark: generates a synthetic corpus of realistic Chinese entries
 * (sentences recombined from the real content), builds it, and prints the
 * build's wall time, peak memory, page count and the first-load bytes of a
 * typical article (HTML + CSS + JS, gzip). Prints figures; asserts nothing.
 *
 *   npm run bench -- --pages 1000 [--keep] [--content content] [--search]
 *
 * It builds in this process, so `npm run bench` runs it with the same Node
 * flag as `npm run build` (--max-semi-space-size=8, which lowers the peak).
 *
 * With --search it also serves the build, types queries into the header search
 * box in Chromium and prints the time from the last keystroke to the first
 * results, and the bytes Pagefind fetched for the first query.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const target = Number(option('pages', 1000));
const keep = args.includes('--keep');
const source = option('content', 'content');
const measureSearch = args.includes('--search');

// A small deterministic generator so runs are comparable.
let seed = 20261125;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = (list) => list[Math.floor(random() * list.length)];

const work = mkdtempSync(join(tmpdir(), 'sengong-bench-'));
const content = join(work, 'content');
cpSync(source, content, { recursive: true });

// Sentence pool from the real articles' bodies.
const bodies = [];
for (const section of ['theory', 'forestry', 'cases', 'models']) {
  for (const file of readdirSync(join(source, section)).filter((f) => f.endsWith('.md'))) {
    const text = readFileSync(join(source, section, file), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
    bodies.push(text);
  }
}
const sentences = bodies
  .join('\n')
  .split('\n')
  .filter((l) => l && !l.startsWith('#') && !l.startsWith('|') && !l.startsWith('>'))
  .map((l) => l.replace(/^[-*\d.]+\s*/, '').replace(/\*\*/g, ''))
  .flatMap((l) => l.split(/(?<=。)/))
  .filter((s) => s.length > 12 && s.endsWith('。'));

const HAN = /\p{Script=Han}/gu;
function body(minHan) {
  const parts = [];
  let han = 0;
  let n = 0;
  while (han < minHan) {
    if (n % 4 === 0) parts.push(`## 第${'一二三四五六七八九十'[Math.floor(n / 4) % 10]}部分\n`);
    const para = Array.from({ length: 3 + Math.floor(random() * 3) }, () => pick(sentences)).join('');
    han += para.match(HAN)?.length ?? 0;
    parts.push(`${para}\n`);
    n++;
  }
  return parts.join('\n');
}

// Node 24 strips the types, so the site's own tag and category lists are used as they are.
const { TAG_LABELS: tagLabels } = await import('../src/lib/content/tags.ts');
const { SECTIONS } = await import('../src/lib/sections.ts');
const categories = (section) => SECTIONS[section].categories.map((c) => c.label);
const theoryIds = readdirSync(join(content, 'theory')).map((f) => f.replace(/\.md$/, ''));
const banks = readdirSync(join(content, 'quizzes')).map((f) => f.replace(/\.ya?ml$/, ''));

const sections = ['theory', 'forestry', 'cases', 'models'];
// About 1.3 pages per article once index, category and tag pages are counted.
const articles = Math.max(0, Math.round(target / 1.3) - 20);
for (let i = 0; i < articles; i++) {
  const section = sections[i % 4];
  const date = new Date(Date.UTC(2018 + Math.floor(random() * 9), Math.floor(random() * 12), 1 + Math.floor(random() * 28)));
  const tags = [...new Set([pick(tagLabels), pick(tagLabels)])];
  const fm = [
    `title: 基准测试文章第${i + 1}篇`,
    `summary: 这是基准测试自动生成的文章，由真实内容的句子重新组合而成，用于测量构建速度和页面体积。`,
    `date: ${date.toISOString().slice(0, 10)}`,
    `tags: [${tags.join(', ')}]`,
    `quiz: ${pick(banks)}`,
  ];
  if (section === 'theory' || section === 'forestry') {
    fm.push(`category: ${pick(categories(section))}`, 'keyPoints: [第一条要点内容。, 第二条要点内容。, 第三条要点内容。]');
    if (section === 'theory') fm.push('sources: [{ title: 中国共产党纪律处分条例 }]');
  } else if (section === 'cases') {
    fm.push(`riskArea: ${pick(categories('cases'))}`, 'violations: [违规报销个人费用]', 'disposition: 给予党内警告处分。',
      `rules: [${pick(theoryIds)}]`, 'lessons: [第一条警示内容。, 第二条警示内容。]',
      'discussion: [本单位有没有同样的漏洞，该怎样堵上？, 遇到类似的要求，我们应当怎样拒绝、向谁报告？]');
  } else {
    fm.push(`category: ${pick(categories('models'))}`, 'person: { name: 某某某, post: 护林员, unit: 某林场 }', 'composite: true');
  }
  const text = section === 'cases'
    ? ['基本案情', '违纪事实', '处理结果', '案例剖析', '警示启示', '对照自查'].map((h) => `## ${h}\n\n${body(400).replace(/^## .*\n/gm, '')}`).join('\n')
    : body(2000 + Math.floor(random() * 1000));
  writeFileSync(join(content, section, `bench-${String(i).padStart(5, '0')}.md`), `---\n${fm.join('\n')}\n---\n\n${text}`);
}

const outDir = join(work, 'dist');
process.env.CONTENT_DIR = relative(process.cwd(), content);
process.env.OUT_DIR = outDir;
process.env.CACHE_DIR = join(work, 'cache');
const { build } = await import('astro');
const started = performance.now();
await build({ root: process.cwd(), logLevel: 'warn' });
const seconds = (performance.now() - started) / 1000;
const peakMiB = process.resourceUsage().maxRSS / 1024;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
const files = walk(outDir);
const pages = files.filter((f) => f.endsWith('.html'));

// A typical article: a generated one with 2,000–3,000 characters.
const articlePages = pages.filter((p) => /\/(theory|forestry)\/bench-\d+\/index\.html$/.test(p));
const gz = (buf) => gzipSync(buf).length;
let sample;
for (const page of articlePages) {
  const html = readFileSync(page, 'utf8');
  const han = (html.match(/<div class="prose[^>]*>([\s\S]*?)<\/div>/)?.[1] ?? '').match(HAN)?.length ?? 0;
  if (han >= 2000 && han <= 3000) { sample = { page, html, han }; break; }
}
let firstLoad = '';
if (sample) {
  const base = process.env.BASE_PATH ?? '/';
  const fileOf = (url) => join(outDir, url.slice(base.length - 1));
  // What the browser fetches before the page is usable: stylesheets, module scripts and their static imports.
  const assets = new Set();
  const visit = (url) => {
    if (assets.has(url)) return;
    assets.add(url);
    if (!url.endsWith('.js')) return;
    const code = readFileSync(fileOf(url), 'utf8');
    for (const [, spec] of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w{}*,\s$]+from\s*)?["']([^"']+)["']/g)) {
      visit(new URL(spec, `http://x${url}`).pathname);
    }
  };
  for (const [, url] of sample.html.matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"/g)) visit(url);
  const assetBytes = [...assets].map((a) => gz(readFileSync(fileOf(a))));
  const htmlBytes = gz(Buffer.from(sample.html));
  const assetTotal = assetBytes.reduce((s, b) => s + b, 0);
  firstLoad = [
    `典型文章：${relative(outDir, sample.page)}（正文 ${sample.han} 字）`,
    `  首次加载（gzip）：HTML ${(htmlBytes / 1024).toFixed(1)} KiB + CSS/JS ${assets.size} 个文件 ${(assetTotal / 1024).toFixed(1)} KiB = ${((htmlBytes + assetTotal) / 1024).toFixed(2)} KiB（${htmlBytes + assetTotal} 字节）`,
    ...[...assets].map((a, i) => `    ${a} ${(assetBytes[i] / 1024).toFixed(1)} KiB`),
  ].join('\n');
}

console.log([
  '',
  `基准构建：生成 ${articles} 篇合成文章（另含真实内容），目录 ${work}`,
  `  构建用时：${seconds.toFixed(1)} s`,
  `  峰值内存：${peakMiB.toFixed(0)} MiB`,
  `  页面数：${pages.length}`,
  `  dist 总大小：${(files.reduce((s, f) => s + statSync(f).size, 0) / 1024 / 1024).toFixed(1)} MiB`,
  firstLoad,
].join('\n'));

if (measureSearch && sample) await benchSearch(relative(outDir, sample.page).replace(/index\.html$/, ''));

async function benchSearch(articlePath) {
  const { spawn } = await import('node:child_process');
  const { chromium } = await import('@playwright/test');
  const { CHROMIUM_ARGS, findChromium } = await import('./browser.mjs');
  const port = Number(process.env.BENCH_PORT ?? 4390);
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port)], { env: { ...process.env, OUT_DIR: outDir }, stdio: 'ignore' });
  // Wait until the server answers: a fixed delay is too short on a busy machine.
  for (let tries = 0; ; tries++) {
    const up = await fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false);
    if (up) break;
    if (tries > 600) throw new Error('静态服务器一分钟内没有启动');
    await new Promise((r) => setTimeout(r, 100));
  }
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/${articlePath}`);
    // Timestamps inside the page: the last keydown, and when results first appear.
    await page.evaluate(() => {
      const w = window;
      w.__lastKey = 0;
      w.__shown = 0;
      document.addEventListener('keydown', () => { w.__lastKey = performance.now(); w.__shown = 0; }, true);
      new MutationObserver(() => {
        if (!w.__shown && document.querySelector('#site-search-results li.search-hit')) w.__shown = performance.now();
      }).observe(document.querySelector('#site-search-results'), { childList: true, subtree: true });
    });
    let bytes = 0;
    let gzipped = 0;
    const fetched = [];
    page.on('response', async (r) => {
      if (!r.url().includes('/pagefind/')) return;
      const body = await r.body().catch(() => Buffer.alloc(0));
      bytes += body.length;
      gzipped += r.url().endsWith('.js') || r.url().endsWith('.json') ? gzipSync(body).length : body.length;
      fetched.push(r.url());
    });
    const input = page.locator('#site-search-q');
    const timeQuery = async (query) => {
      await input.fill('');
      await page.evaluate(() => { document.querySelector('#site-search-results ul').replaceChildren(); });
      await input.pressSequentially(query, { delay: 80 });
      await page.waitForFunction(() => window.__shown > 0, null, { timeout: 60_000 });
      return page.evaluate(() => window.__shown - window.__lastKey);
    };
    await input.focus();
    const first = await timeQuery('防火');
    const firstBytes = { bytes, gzipped, files: fetched.length };
    const times = [];
    for (const q of ['报销', '劳动争议调解', '安全生产', '苗', '中央八项规定精神', '巡护', '工会经费', '扑火']) times.push(await timeQuery(q));
    times.sort((a, b) => a - b);
    console.log([
      `搜索（${articlePath}，页头搜索框，Chromium）：`,
      `  首次查询（含加载 Pagefind）：最后一次按键到出现结果 ${first.toFixed(0)} ms；Pagefind 共取 ${firstBytes.files} 个文件，${(firstBytes.bytes / 1024).toFixed(1)} KiB（其中脚本和 JSON 按 gzip 计为 ${(firstBytes.gzipped / 1024).toFixed(1)} KiB）`,
      `  之后的查询：中位数 ${times[Math.floor(times.length / 2)].toFixed(0)} ms，最慢 ${times.at(-1).toFixed(0)} ms（${times.length} 个查询）`,
    ].join('\n'));
  } finally {
    await browser.close();
    server.kill();
  }
}

if (!keep) rmSync(work, { recursive: true, force: true });
