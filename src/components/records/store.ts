/**
 * The records store in the browser: localStorage for the records, the tab's
 * sessionStorage when localStorage is full, memory when neither can be used
 * (see src/lib/store/safe-store.ts for the rules). One instance per page,
 * shared by every module that reads records, and a notice on the page
 * whenever something is wrong with them.
 */
import { RecordStore, type KeyValue, type StoreNotice } from '../../lib/store/safe-store';
import { storeUi } from '../../lib/ui';
import { siteBase } from '../site-base';

function open(name: 'localStorage' | 'sessionStorage'): KeyValue | null {
  try {
    const s = window[name];
    s.getItem('');
    return {
      get: (k) => s.getItem(k),
      set: (k, v) => s.setItem(k, v),
      remove: (k) => s.removeItem(k),
      keys: () => Array.from({ length: s.length }, (_, i) => s.key(i) ?? ''),
    };
  } catch {
    return null;
  }
}

// Lazily loaded modules are built separately, each with its own copy of this file: share one store.
const shared = globalThis as { sengongStore?: RecordStore };
export const store: RecordStore = (shared.sengongStore ??= new RecordStore(open('localStorage'), open('sessionStorage'), () => new Date()));

const ORDER: StoreNotice[] = ['future', 'reset', 'repaired', 'full', 'memory'];

/** Shows (or updates) the one notice about the records at the top of the page; removes it when all is well. */
export function showStoreNotices(): void {
  let box = document.getElementById('store-notice');
  const notices = ORDER.filter((n) => store.notices.has(n));
  if (!notices.length) {
    box?.remove();
    return;
  }
  if (!box) {
    box = Object.assign(document.createElement('div'), { id: 'store-notice', className: 'store-notice wrap' });
    box.setAttribute('role', 'status');
    document.querySelector('main')?.prepend(box);
  }
  const link = Object.assign(document.createElement('a'), { href: `${siteBase()}me/`, textContent: storeUi.toMe });
  box.replaceChildren(...notices.map((n) => Object.assign(document.createElement('p'), { textContent: storeUi.notices[n] })), link);
}

/** Reads the records; any problem found is shown at once. */
export function readRecords() {
  const records = store.read();
  showStoreNotices();
  return records;
}

/** Changes the records; any problem writing them is shown at once. */
export function updateRecords(change: Parameters<RecordStore['update']>[0]) {
  const notice = store.update(change);
  showStoreNotices();
  return notice;
}
