/**
 * 知识竞赛 host mode: a contest between teams, run by one host at a projector.
 * Pure state changes (time passed in); the page keeps the state in the records
 * store so a reload or a closed tab loses nothing.
 */
import { shuffle } from './random';

export const TEAM_LIMITS = { min: 2, max: 8 } as const;
export const QUESTION_LIMITS = { min: 1, max: 50 } as const;
export const TIMERS = [0, 30, 60] as const;
export type Timer = (typeof TIMERS)[number];

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八'];
export const defaultTeamName = (i: number) => `第${NUMERALS[i] ?? i + 1}组`;

export type ContestSource = { kind: 'bank' | 'tag'; ref: string } | { kind: 'paper'; ref: string };

export interface Contest {
  /** What the questions were drawn from, and its title, for the record. */
  source: ContestSource;
  title: string;
  seed: string;
  ids: string[];
  teams: string[];
  seconds: Timer;
  /** The question on screen (0-based); equals ids.length once finished. */
  index: number;
  revealed: boolean;
  /** When the current question was shown, for the countdown across reloads. */
  shownAt: string;
  /** Points given, in order, so the last one can be undone. */
  awards: { q: number; team: number }[];
  startedAt: string;
  finished: boolean;
}

export interface PoolEntry { id: string; bank: string; tags: readonly string[] }

/**
 * The questions a contest from a bank or a tag asks, in an order fixed by the
 * seed, `count` of them. (A paper is drawn as the paper itself is: drawPaper.)
 */
export function drawContest(pool: readonly PoolEntry[], source: Extract<ContestSource, { kind: 'bank' | 'tag' }>, count: number, seed: string): string[] {
  const candidates = pool.filter((q) => (source.kind === 'bank' ? q.bank === source.ref : q.tags.includes(source.ref))).map((q) => q.id);
  return shuffle(candidates, `contest:${seed}`).slice(0, count);
}

export function startContest(init: Omit<Contest, 'index' | 'revealed' | 'shownAt' | 'awards' | 'startedAt' | 'finished'>, now: Date): Contest {
  const iso = now.toISOString();
  return { ...init, index: 0, revealed: false, shownAt: iso, awards: [], startedAt: iso, finished: false };
}

export const reveal = (c: Contest): Contest => (c.finished ? c : { ...c, revealed: true });

/** 下一题; after the last question the contest is finished. */
export function nextQuestion(c: Contest, now: Date): Contest {
  if (c.finished) return c;
  const index = c.index + 1;
  return { ...c, index: Math.min(index, c.ids.length), revealed: false, shownAt: now.toISOString(), finished: index >= c.ids.length };
}

export function finish(c: Contest): Contest {
  return { ...c, finished: true };
}

/** One point to a team for the question on screen. */
export function award(c: Contest, team: number): Contest {
  if (c.finished || !Number.isInteger(team) || team < 0 || team >= c.teams.length) return c;
  return { ...c, awards: [...c.awards, { q: c.index, team }] };
}

/** Takes back the last point given. */
export function undo(c: Contest): Contest {
  return c.awards.length ? { ...c, awards: c.awards.slice(0, -1) } : c;
}

export function scores(c: Contest): number[] {
  const out = c.teams.map(() => 0);
  for (const a of c.awards) out[a.team]! += 1;
  return out;
}

/** 排名: highest first; equal scores share a place (1, 1, 3), in team order. */
export function ranking(c: Contest): { team: number; name: string; score: number; place: number }[] {
  const s = scores(c);
  const rows = c.teams.map((name, team) => ({ team, name, score: s[team]! })).sort((a, b) => b.score - a.score || a.team - b.team);
  return rows.map((r) => ({ ...r, place: rows.findIndex((o) => o.score === r.score) + 1 }));
}

/** Seconds left on the current question, or undefined when untimed. Never below 0. */
export function secondsLeft(c: Contest, now: Date): number | undefined {
  if (!c.seconds) return undefined;
  const elapsed = (now.getTime() - Date.parse(c.shownAt)) / 1000;
  return Math.max(0, Math.ceil(c.seconds - Math.max(0, elapsed)));
}
