import { getCatalog, paperOf } from '../../../data/catalog';
import { packQuizData, quizDataFile } from '../../../lib/quiz/data';
import { paperCandidates } from '../../../lib/quiz/paper';
import { dailyShardCount, dailyShards } from '../../../lib/quiz/daily';
import { link, paths } from '../../../lib/links';

/** The quiz data files (see src/lib/quiz/data.ts): every question, each bank, each exam paper's candidates, each 每日一练 shard. */
export async function getStaticPaths() {
  const { banks, exams, questions, byKey } = await getCatalog();
  const all = [...questions.values()].map((q) => ({
    id: q.id, type: q.type, bank: q.bank, section: q.source.collection, tags: q.tags,
    stem: q.stem, options: q.options, answer: q.answer, explanation: q.explanation,
  }));
  const pack = (file: string, list: typeof all) => ({
    params: { file: file.replace(/^quiz\/data\/|\.json$/g, '') },
    props: packQuizData(list, (q) => {
      const { collection, id } = questions.get(q.id)!.source;
      return { title: byKey.get(`${collection}/${id}`)?.title ?? `${collection}/${id}`, href: link(paths.entry(collection, id)) };
    }),
  });
  return [
    pack(quizDataFile.all, all),
    ...banks.map((b) => pack(quizDataFile.bank(b.id), all.filter((q) => q.bank === b.id))),
    ...exams.map((e) => pack(quizDataFile.exam(e.id), paperCandidates(paperOf(e).parts, all))),
    ...dailyShards(all, dailyShardCount(all.length)).map((shard, i) => pack(quizDataFile.daily(i), shard)),
  ];
}

export function GET({ props }: { props: unknown }) {
  return new Response(JSON.stringify(props), { headers: { 'Content-Type': 'application/json' } });
}
