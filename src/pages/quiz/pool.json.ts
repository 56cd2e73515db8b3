import { getCatalog } from '../../data/catalog';

/**
 * What /me/ needs to sum up the answers per bank and section: each question's
 * id, type, bank, the section of its source, and tags. The texts are in the
 * quiz data files (src/pages/quiz/data/).
 */
export async function GET() {
  const { questions } = await getCatalog();
  const pool = [...questions.values()].map((q) => ({ id: q.id, type: q.type, bank: q.bank, section: q.source.collection, tags: q.tags }));
  return new Response(JSON.stringify(pool), { headers: { 'Content-Type': 'application/json' } });
}
