/**
 * Keeping the records without ever losing them. Works on any key-value
 * storage (the browser passes localStorage and sessionStorage; tests pass
 * fakes that fail the way browsers do), so every rule here is unit-tested:
 *
 * - whatever cannot be read as it is (corrupt, foreign, partly damaged) is
 *   copied to a dated backup before anything is written; the last few
 *   backups are kept, identical ones once;
 * - data from a newer version of the site is never written over: the page
 *   works on a copy in memory and says so;
 * - when storage is full, what is stored still reads; new writes go to the
 *   tab's session storage (so an exam survives a reload) and the reader is
 *   told the storage is full, not that it is private browsing;
 * - when storage is unavailable, records live in memory, with a notice.
 */
import { emptyRecords, readRecords, STORE_KEY, writeRecords, type Records } from './records';

export interface KeyValue {
  get(key: string): string | null;
  /** May throw, as localStorage does when full or blocked. */
  set(key: string, value: string): void;
  remove(key: string): void;
  keys(): string[];
}

export type StoreNotice = 'reset' | 'repaired' | 'future' | 'full' | 'memory';

export const BACKUP_PREFIX = `${STORE_KEY}-backup`;
/** Records written while local storage was full, kept for this tab. */
export const PENDING_KEY = `${STORE_KEY}-pending`;
export const KEEP_BACKUPS = 3;

export interface Backup { key: string; /** ISO time, or '' for the single backup of version 1. */ at: string; size: number }

const isQuota = (e: unknown) =>
  e instanceof Error && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || (e as { code?: number }).code === 22);

export class RecordStore {
  /** Problems found when the records were last read; shown on every page that reads them. */
  readonly notices = new Set<StoreNotice>();
  /** Never write to local storage: its data is newer than this site, or could not be backed up. */
  private readOnly = false;
  private memory: string | null = null;

  constructor(
    private readonly local: KeyValue | null,
    private readonly session: KeyValue | null,
    private readonly now: () => Date,
  ) {
    if (!local) this.notices.add('memory');
  }

  /** Reads the records, taking care of whatever is wrong with them. */
  read(): Records {
    if (!this.local || this.readOnly || this.memory !== null) return readRecords(this.memory).records;
    let raw: string | null;
    try {
      raw = this.local.get(STORE_KEY);
    } catch {
      this.notices.add('memory');
      this.memory = '';
      return readRecords(null).records;
    }
    const pending = this.safeGet(this.session, PENDING_KEY);
    if (pending !== null) {
      const kept = readRecords(pending);
      if (!kept.problem) {
        // The last write did not fit; try again now.
        if (this.trySet(STORE_KEY, pending)) this.session!.remove(PENDING_KEY);
        else this.notices.add('full');
        return kept.records;
      }
      this.session!.remove(PENDING_KEY);
    }
    const { records, problem } = readRecords(raw);
    if (!problem || raw === null) return records;

    if (problem === 'future') {
      this.notices.add('future');
      this.readOnly = true;
      this.memory = raw;
      return records;
    }
    this.notices.add(problem === 'repaired' ? 'repaired' : 'reset');
    if (!this.backUp(raw)) {
      // Without a backup, nothing may be written over the original.
      this.notices.add('full');
      this.readOnly = true;
      this.memory = writeRecords(records);
      return records;
    }
    // Backed up: the clean (or repaired) records replace the original now, so the notice shows once.
    this.trySet(STORE_KEY, writeRecords(records));
    return records;
  }

  /** Writes the records; returns what went wrong, if anything. */
  write(records: Records): StoreNotice | undefined {
    const text = writeRecords(records);
    if (!this.local || this.readOnly) {
      this.memory = text;
      return this.local ? (this.notices.has('future') ? 'future' : 'full') : 'memory';
    }
    try {
      this.local.set(STORE_KEY, text);
      this.session?.remove(PENDING_KEY);
      this.notices.delete('full');
      return undefined;
    } catch (e) {
      if (isQuota(e) && this.session && this.trySetIn(this.session, PENDING_KEY, text)) {
        this.notices.add('full');
        return 'full';
      }
      this.memory = text;
      const notice = isQuota(e) ? 'full' : 'memory';
      this.notices.add(notice);
      return notice;
    }
  }

  /** Reads, changes and writes in one step, always from the freshest stored copy (another tab may have written). */
  update(change: (records: Records) => Records): StoreNotice | undefined {
    return this.write(change(this.read()));
  }

  /** Dated backups, newest first. */
  backups(): Backup[] {
    if (!this.local) return [];
    return this.safeKeys()
      .filter((k) => k === BACKUP_PREFIX || k.startsWith(`${BACKUP_PREFIX}-`))
      .map((key) => ({ key, at: key === BACKUP_PREFIX ? '' : key.slice(BACKUP_PREFIX.length + 1), size: this.safeGet(this.local, key)?.length ?? 0 }))
      .sort((a, b) => b.at.localeCompare(a.at));
  }

  backupText(key: string): string | null {
    return key.startsWith(BACKUP_PREFIX) ? this.safeGet(this.local, key) : null;
  }

  /** Forgets every record (after the reader confirmed); backups and the reader settings (字号, 颜色, 长辈模式) stay. */
  clear(): StoreNotice | undefined {
    const { settings } = this.read();
    this.readOnly = false;
    this.memory = null;
    this.notices.clear();
    try {
      this.local?.remove(STORE_KEY);
      this.session?.remove(PENDING_KEY);
    } catch {
      // Nothing stored to remove.
    }
    if (!this.local) this.notices.add('memory');
    if (JSON.stringify(settings) !== JSON.stringify(emptyRecords().settings)) return this.write({ ...emptyRecords(), settings });
    return undefined;
  }

  private backUp(raw: string): boolean {
    const existing = this.backups();
    if (existing.some((b) => this.safeGet(this.local, b.key) === raw)) return true;
    const key = `${BACKUP_PREFIX}-${this.now().toISOString()}`;
    if (!this.trySet(key, raw)) return false;
    for (const old of [{ key, at: key.slice(BACKUP_PREFIX.length + 1), size: 0 }, ...existing].slice(KEEP_BACKUPS)) {
      this.local!.remove(old.key);
    }
    return true;
  }

  private trySet(key: string, value: string): boolean {
    return this.local ? this.trySetIn(this.local, key, value) : false;
  }

  private trySetIn(kv: KeyValue, key: string, value: string): boolean {
    try {
      kv.set(key, value);
      return true;
    } catch {
      return false;
    }
  }

  private safeGet(kv: KeyValue | null, key: string): string | null {
    try {
      return kv?.get(key) ?? null;
    } catch {
      return null;
    }
  }

  private safeKeys(): string[] {
    try {
      return this.local?.keys() ?? [];
    } catch {
      return [];
    }
  }
}
