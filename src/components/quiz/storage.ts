/**
 * The records store in the browser: localStorage under one key, read through
 * the validating parser. Bad data is kept under a backup key and the reader
 * told; storage that is unavailable degrades to memory, also with a notice.
 */
import { BACKUP_KEY, readRecords, STORE_KEY, writeRecords, type ReadProblem, type Records } from '../../lib/store/records';

export type StoreNotice = ReadProblem | 'memory';

let memory: string | null = null;
let usingMemory = false;

function storage(): Storage | null {
  try {
    const s = window.localStorage;
    const probe = `${STORE_KEY}-probe`;
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return null;
  }
}

export function loadRecords(): { records: Records; notice?: StoreNotice } {
  const s = storage();
  if (!s) {
    usingMemory = true;
    return { ...readRecords(memory), notice: 'memory' };
  }
  const raw = s.getItem(STORE_KEY);
  const { records, problem } = readRecords(raw);
  if (problem && problem !== 'repaired' && raw !== null) {
    // Keep what could not be read, so nothing is lost; start clean.
    try {
      s.setItem(BACKUP_KEY, raw);
      s.setItem(STORE_KEY, writeRecords(records));
    } catch {
      usingMemory = true;
    }
  }
  return problem ? { records, notice: problem } : { records };
}

export function saveRecords(records: Records): StoreNotice | undefined {
  const text = writeRecords(records);
  const s = usingMemory ? null : storage();
  if (s) {
    try {
      s.setItem(STORE_KEY, text);
      return undefined;
    } catch {
      // Quota or private mode: fall through to memory.
    }
  }
  usingMemory = true;
  memory = text;
  return 'memory';
}
