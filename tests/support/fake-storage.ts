/** A Storage stand-in that fails the way browsers do: over its quota, or blocked altogether. */
import type { KeyValue } from '../../src/lib/store/safe-store';

export class FakeStorage implements KeyValue {
  readonly data = new Map<string, string>();
  constructor(public quota = Infinity) {}
  get(key: string) {
    return this.data.get(key) ?? null;
  }
  set(key: string, value: string) {
    const used = [...this.data].reduce((n, [k, v]) => n + (k === key ? 0 : k.length + v.length), 0);
    if (used + key.length + value.length > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.data.set(key, value);
  }
  remove(key: string) {
    this.data.delete(key);
  }
  keys() {
    return [...this.data.keys()];
  }
  /** Fills the quota up to what is stored now, as another app on the same host might. */
  fill() {
    this.quota = [...this.data].reduce((n, [k, v]) => n + k.length + v.length, 0);
  }
}
