/** Records are never lost: damaged, newer, full and unavailable storage, each as browsers fail. */
import { describe, expect, it } from 'vitest';
import { BACKUP_PREFIX, KEEP_BACKUPS, PENDING_KEY, RecordStore } from '../../src/lib/store/safe-store';
import { emptyRecords, recordAnswer, readRecords, STORE_KEY, STORE_VERSION, writeRecords, setSettings } from '../../src/lib/store/records';
import { newCard } from '../../src/lib/quiz/review';
import { FakeStorage } from '../support/fake-storage';

let clock = Date.parse('2026-11-25T02:00:00Z');
const tick = () => new Date((clock += 60_000));
const answered = (...ids: string[]) => ids.reduce((r, id) => recordAnswer(r, id, false, new Date(clock), newCard), emptyRecords());
const backupKeys = (s: FakeStorage) => s.keys().filter((k) => k.startsWith(BACKUP_PREFIX)).sort();

describe('RecordStore', () => {
  it('reads and writes the records', () => {
    const local = new FakeStorage();
    const store = new RecordStore(local, new FakeStorage(), tick);
    expect(store.update((r) => recordAnswer(r, 'q-1', false, tick(), newCard))).toBeUndefined();
    expect(Object.keys(new RecordStore(local, null, tick).read().cards)).toEqual(['q-1']);
    expect(store.notices.size).toBe(0);
  });

  it('backs up damaged records before anything is written, and keeps the good part', () => {
    const local = new FakeStorage();
    const damaged = JSON.stringify({ ...answered('q-1'), cards: { ...answered('q-1').cards, 'q-2': { card: 'broken' } } });
    local.set(STORE_KEY, damaged);
    const store = new RecordStore(local, null, tick);
    const records = store.read();
    expect(Object.keys(records.cards)).toEqual(['q-1']);
    expect([...store.notices]).toEqual(['repaired']);
    const [backup] = backupKeys(local);
    expect(local.get(backup!)).toBe(damaged);
    store.update((r) => recordAnswer(r, 'q-3', false, tick(), newCard));
    expect(local.get(backup!)).toBe(damaged);
    expect(Object.keys(readRecords(local.get(STORE_KEY)).records.cards)).toEqual(['q-1', 'q-3']);
  });

  it('keeps the last few dated backups, not one slot that the next incident overwrites', () => {
    const local = new FakeStorage();
    const incidents = ['{"version":', '{"x":1}', '[1]', 'not json'];
    for (const raw of incidents) {
      local.set(STORE_KEY, raw);
      const store = new RecordStore(local, null, tick);
      store.read();
      expect([...store.notices]).toEqual(['reset']);
    }
    const keys = backupKeys(local);
    expect(keys).toHaveLength(KEEP_BACKUPS);
    expect(keys.map((k) => local.get(k))).toEqual(incidents.slice(-KEEP_BACKUPS));
    const listed = new RecordStore(local, null, tick).backups();
    expect(listed.map((b) => b.key)).toEqual([...keys].reverse());
    expect(listed[0]!.at).toMatch(/^2026-11-25T/);
    // The same damaged data seen again is not backed up twice.
    local.set(STORE_KEY, 'not json');
    new RecordStore(local, null, tick).read();
    expect(backupKeys(local)).toEqual(keys);
  });

  it('lists the single backup of version 1 with the dated ones', () => {
    const local = new FakeStorage();
    local.set(BACKUP_PREFIX, '{"old":true}');
    expect(new RecordStore(local, null, tick).backups()).toEqual([{ key: BACKUP_PREFIX, at: '', size: 12 }]);
  });

  it('never overwrites data from a newer version: works on a copy in memory and says so', () => {
    const local = new FakeStorage();
    const newer = JSON.stringify({ ...answered('q-1'), version: STORE_VERSION + 1, more: 'stuff' });
    local.set(STORE_KEY, newer);
    const store = new RecordStore(local, null, tick);
    expect(Object.keys(store.read().cards)).toEqual(['q-1']);
    expect([...store.notices]).toEqual(['future']);
    expect(store.update((r) => recordAnswer(r, 'q-2', false, tick(), newCard))).toBe('future');
    expect(Object.keys(store.read().cards)).toEqual(['q-1', 'q-2']);
    expect(local.get(STORE_KEY)).toBe(newer);
    expect(backupKeys(local)).toEqual([]);
  });

  it('with storage full: what is stored still reads, the notice says full, and a new write survives a reload', () => {
    const local = new FakeStorage();
    const session = new FakeStorage();
    local.set(STORE_KEY, writeRecords(answered('q-1', 'q-2')));
    local.set('another-app', 'x'.repeat(1000));
    local.fill();
    const store = new RecordStore(local, session, tick);
    expect(Object.keys(store.read().cards)).toEqual(['q-1', 'q-2']);
    expect(store.notices.size).toBe(0);
    const exam = { paper: 'p', seed: 's', startedAt: tick().toISOString(), deadline: tick().toISOString(), answers: { 'q-1': [2] } };
    expect(store.update((r) => ({ ...r, examInProgress: exam }))).toBe('full');
    expect(store.notices.has('full')).toBe(true);
    expect(store.notices.has('memory')).toBe(false);
    // A reload in the same tab: a new store on the same storages.
    const reloaded = new RecordStore(local, session, tick);
    expect(reloaded.read().examInProgress).toEqual(exam);
    expect(Object.keys(reloaded.read().cards)).toEqual(['q-1', 'q-2']);
    expect(reloaded.notices.has('full')).toBe(true);
    // Space freed: the kept records are written back and the notice goes.
    local.remove('another-app');
    local.quota = Infinity;
    const freed = new RecordStore(local, session, tick);
    expect(freed.read().examInProgress).toEqual(exam);
    expect(freed.notices.size).toBe(0);
    expect(session.get(PENDING_KEY)).toBeNull();
    expect(readRecords(local.get(STORE_KEY)).records.examInProgress).toEqual(exam);
  });

  it('damaged records in full storage: no backup fits, so the original is left alone', () => {
    const local = new FakeStorage();
    local.set(STORE_KEY, 'not json at all');
    local.fill();
    const store = new RecordStore(local, null, tick);
    store.read();
    expect([...store.notices].sort()).toEqual(['full', 'reset']);
    store.update((r) => recordAnswer(r, 'q', false, tick(), newCard));
    expect(local.get(STORE_KEY)).toBe('not json at all');
    expect(Object.keys(store.read().cards)).toEqual(['q']);
  });

  it('with no storage at all, records live in memory with a notice', () => {
    const store = new RecordStore(null, null, tick);
    expect([...store.notices]).toEqual(['memory']);
    expect(store.update((r) => recordAnswer(r, 'q', false, tick(), newCard))).toBe('memory');
    expect(Object.keys(store.read().cards)).toEqual(['q']);
  });

  it('storage that throws on every call degrades to memory', () => {
    const blocked = new FakeStorage();
    blocked.get = () => { throw new DOMException('denied', 'SecurityError'); };
    blocked.set = () => { throw new DOMException('denied', 'SecurityError'); };
    const store = new RecordStore(blocked, null, tick);
    expect(store.read()).toEqual(emptyRecords());
    expect(store.update((r) => recordAnswer(r, 'q', false, tick(), newCard))).toBe('memory');
    expect(Object.keys(store.read().cards)).toEqual(['q']);
    expect(store.notices.has('memory')).toBe(true);
  });

  it('clears the records but keeps the backups', () => {
    const local = new FakeStorage();
    local.set(STORE_KEY, 'broken');
    const store = new RecordStore(local, null, tick);
    store.read();
    store.clear();
    expect(local.get(STORE_KEY)).toBeNull();
    expect(backupKeys(local)).toHaveLength(1);
    expect(store.read()).toEqual(emptyRecords());
  });

  it('clearing the records keeps the reader settings', () => {
    const local = new FakeStorage();
    const store = new RecordStore(local, null, tick);
    store.update((r) => setSettings(recordAnswer(r, 'q', false, tick(), newCard), { size: 'large', elder: true }));
    store.clear();
    expect(store.read()).toEqual({ ...emptyRecords(), settings: { size: 'large', theme: 'system', elder: true } });
    expect(JSON.parse(local.get(STORE_KEY)!).settings).toEqual({ size: 'large', theme: 'system', elder: true });
  });
});
