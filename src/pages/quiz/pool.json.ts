import { getCatalog } from '../../data/catalog';

/**
 * The question pool without texts, for drawing exam papers and the daily set
 * in the browser, and for the accuracy per bank and section on /me/: id, type,
 * bank, the section of its source, tags, option count and answer. Texts come
 * from each question's own page.
 */
export async function GET() {
  const { questions } = await getCatalog();
  const pool = [...questions.values()].map((q) => ({ id: q.id, type: q.type, bank: q.bank, section: q.source.collection, tags: q.tags, n: q.options.length, answer: q.answer }));
  return new Response(JSON.stringify(pool), { headers: { 'Content-Type': 'application/json' } });
}
