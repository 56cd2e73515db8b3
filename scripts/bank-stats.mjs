/**
 * Prints the quality figures of every question bank (the rules are tested in
 * tests/unit/banks.test.ts). Prints figures; asserts nothing.
 *
 *   npm run bank-stats                    # content/quizzes as it is now
 *   npm run bank-stats -- --before <rev>  # also the banks at a git revision, for a before/after table
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

const { bankStats, bankProblems, share } = await import('../src/lib/quiz/bank-quality.ts');

const DIR = 'content/quizzes';
const args = process.argv.slice(2);
const beforeAt = args.indexOf('--before');
const before = beforeAt >= 0 ? args[beforeAt + 1] : undefined;

/** Bank files now, or at a git revision. */
function readBanks(rev) {
  if (!rev) {
    return readdirSync(DIR)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => [f.replace(/\.ya?ml$/, ''), readFileSync(`${DIR}/${f}`, 'utf8')]);
  }
  const names = execFileSync('git', ['ls-tree', '--name-only', `${rev}:${DIR}`], { encoding: 'utf8' })
    .split('\n')
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  return names.map((f) => [f.replace(/\.ya?ml$/, ''), execFileSync('git', ['show', `${rev}:${DIR}/${f}`], { encoding: 'utf8' })]);
}

/** The schema's normalisation, enough for statistics: letters to option indexes. */
function normalise(q) {
  if (q.type === 'judge') return { ...q, options: ['正确', '错误'], answer: [q.answer ? 0 : 1] };
  const letters = (Array.isArray(q.answer) ? q.answer.join('') : String(q.answer)).replace(/[\s,，、]/g, '').toUpperCase();
  return { ...q, stem: String(q.stem ?? ''), options: (q.options ?? []).map(String), answer: [...new Set(letters)].map((l) => 'ABCDEFGH'.indexOf(l)) };
}

const pct = (part, whole) => (whole ? `${Math.round(share(part, whole) * 100)}%` : '–');

function rows(rev) {
  const banks = readBanks(rev).map(([id, text]) => [id, (parse(text)?.questions ?? []).map(normalise)]);
  return [...banks, ['合计', banks.flatMap(([, questions]) => questions)]].map(([id, questions]) => {
    const s = bankStats(questions);
    return {
      id,
      total: questions.length,
      single: s.single,
      longest: pct(s.keyLongest.length, s.single),
      letter: s.topLetter ? `${s.topLetter.letter} ${pct(s.topLetter.ids.length, s.single)}` : '–',
      multiple: s.multiple,
      two: pct(s.twoCorrect.length, s.multiple),
      all: s.allCorrect.length,
      article: s.articleStems.length,
      ok: bankProblems(s).length === 0 ? '是' : '否',
    };
  });
}

const HEAD = ['题库', '题数', '单选', '最长即答案', '最多答案字母', '多选', '恰两个正确', '全部正确', '题干涉“文章”', '合规'];
const KEYS = ['id', 'total', 'single', 'longest', 'letter', 'multiple', 'two', 'all', 'article', 'ok'];

function print(title, list) {
  console.log(`\n${title}\n`);
  console.log(`| ${HEAD.join(' | ')} |`);
  console.log(`|${HEAD.map(() => ' --- ').join('|')}|`);
  for (const r of list) console.log(`| ${KEYS.map((k) => r[k]).join(' | ')} |`);
}

if (before) print(`修改前（${before}）`, rows(before));
print(before ? '修改后（当前工作区）' : '当前题库', rows());
console.log('\n规则：最长即答案 ≤ 20%；任一答案字母 ≤ 35%；恰两个正确 ≥ 20%；全部正确 ≥ 1 道；题干不涉“文章”。');
