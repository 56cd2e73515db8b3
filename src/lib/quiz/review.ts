/**
 * 错题本 scheduling with FSRS (ts-fsrs): every missed question becomes a card;
 * recalling it moves it further out; cards scheduled far enough ahead count
 * as 已掌握 and leave the due list.
 */
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';

export { Rating };
export type RecallRating = Grade;

const scheduler = fsrs({ enable_fuzz: false });

/** Days ahead at which a card counts as mastered. */
export const MASTERED_AFTER_DAYS = 21;

/** Cards as stored: dates as ISO strings, everything else as FSRS keeps it. */
export type StoredCard = Omit<Card, 'due' | 'last_review'> & { due: string; last_review?: string | undefined };

const toStored = (card: Card): StoredCard => ({
  ...card,
  due: card.due.toISOString(),
  last_review: card.last_review?.toISOString(),
});
const fromStored = (card: StoredCard): Card => {
  const { last_review, ...rest } = card;
  return { ...rest, due: new Date(card.due), ...(last_review ? { last_review: new Date(last_review) } : {}) };
};

export function newCard(now: Date): StoredCard {
  return toStored(createEmptyCard(now));
}

export function rate(card: StoredCard, rating: RecallRating, now: Date): StoredCard {
  return toStored(scheduler.next(fromStored(card), now, rating).card);
}

export function isDue(card: StoredCard, now: Date): boolean {
  return Date.parse(card.due) <= now.getTime();
}

export function isMastered(card: StoredCard): boolean {
  return card.scheduled_days >= MASTERED_AFTER_DAYS;
}

/** Due cards first (most overdue first), then the rest by due date. */
export function reviewOrder<T extends { card: StoredCard }>(items: readonly T[], now: Date): T[] {
  return [...items].sort((a, b) => {
    const da = isDue(a.card, now);
    const db = isDue(b.card, now);
    if (da !== db) return da ? -1 : 1;
    return Date.parse(a.card.due) - Date.parse(b.card.due);
  });
}
