/**
 * 学习台账: the rows for the chosen range, the profile kept on this device,
 * printing on A4 and a CSV for spreadsheets.
 */
import { chinaDay } from '../../lib/dates';
import { ledger, ledgerCsv } from '../../lib/store/ledger';
import { setProfile } from '../../lib/store/records';
import { ledgerUi as l } from '../../lib/ui';
import { readRecords, updateRecords } from '../records/store';
import { downloadFile } from './download';

const root = document.querySelector<HTMLElement>('[data-ledger]')!;
const form = root.querySelector<HTMLFormElement>('[data-ledger-form]')!;
const sheet = root.querySelector<HTMLElement>('[data-sheet]')!;
const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
const out = (name: string) => sheet.querySelector<HTMLElement>(`[data-out="${name}"]`)!;

// This year so far, in China time; the reader can choose any range.
const today = chinaDay(new Date());
const params = new URLSearchParams(location.search);
field('from').value = params.get('from') ?? `${today.slice(0, 4)}-01-01`;
field('to').value = params.get('to') ?? today;
const profile = readRecords().profile;
for (const name of ['name', 'unit', 'branch'] as const) field(name).value = profile?.[name] ?? '';

function range() {
  const [a, b] = [field('from').value || today, field('to').value || today];
  return a <= b ? [a, b] as const : [b, a] as const;
}

function render() {
  const [from, to] = range();
  const result = ledger(readRecords(), from, to, l);
  for (const name of ['name', 'unit', 'branch'] as const) out(name).textContent = field(name).value.trim();
  out('range').textContent = l.range(from, to);
  sheet.querySelector('[data-totals]')!.textContent = l.totals(result.totals.days, result.totals.reads, result.totals.sessions, result.totals.exams, result.totals.passed);
  sheet.querySelector('tbody')!.replaceChildren(...result.rows.map((r) => {
    const tr = document.createElement('tr');
    for (const text of [r.day, l.kinds[r.kind], r.title, r.result]) tr.append(Object.assign(document.createElement('td'), { textContent: text }));
    return tr;
  }));
  sheet.querySelector<HTMLElement>('[data-empty]')!.hidden = result.rows.length > 0;
  sheet.hidden = false;
  return { from, to, result };
}

form.addEventListener('input', (e) => {
  const name = (e.target as HTMLInputElement).name;
  // Name, 单位 and 支部 are kept for next time (on this device only).
  if (name === 'name' || name === 'unit' || name === 'branch') {
    updateRecords((r) => setProfile(r, { name: field('name').value, unit: field('unit').value, branch: field('branch').value }, new Date()));
  }
  render();
});
form.addEventListener('submit', (e) => e.preventDefault());
root.querySelector('[data-print]')!.addEventListener('click', () => {
  render();
  print();
});
root.querySelector('[data-csv]')!.addEventListener('click', () => {
  const { from, to, result } = render();
  downloadFile(l.csvName(from, to), ledgerCsv(result, l, l.columns), 'text/csv');
});
render();
