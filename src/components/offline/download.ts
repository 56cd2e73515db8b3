/** <offline-download>: 下载全部内容 with its size, a progress bar, cancel, and what is stored. */
import { formatMegabytes, planDownload, storedSummary, totalBytes, type OfflineManifest } from '../../lib/offline';
import { offlineUi as o } from '../../lib/ui';
import { siteBase } from '../site-base';
import { downloading, fetchManifest, offlineSupported, readStored, storeAll } from './sync';

class OfflineDownload extends HTMLElement {
  #base = siteBase();
  #manifest: OfflineManifest | null = null;
  #abort: AbortController | null = null;

  #el<T extends HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-${name}]`)!;
  }

  async connectedCallback() {
    if (!offlineSupported()) {
      this.#el('size').textContent = o.unavailable;
      return;
    }
    this.#manifest = await fetchManifest(this.#base);
    if (!this.#manifest) return;
    const { pages, bytes } = storedSummary(this.#manifest);
    this.#el('size').textContent = o.size(formatMegabytes(bytes), pages);
    const start = this.#el<HTMLButtonElement>('start');
    start.disabled = false;
    start.addEventListener('click', () => void this.#start());
    this.#el('cancel').addEventListener('click', () => this.#abort?.abort());
    const stored = await readStored(this.#base, this.#manifest.caches);
    if (stored) this.#say(this.#describe(stored));
  }

  #say(text: string) {
    this.#el('status').textContent = text;
  }

  #describe(stored: OfflineManifest): string {
    const plan = planDownload(this.#manifest!, stored);
    const { pages, bytes } = storedSummary(stored);
    const line = o.stored(pages, formatMegabytes(bytes));
    return plan.fetch.length ? `${line}${o.toUpdate(plan.fetch.length, formatMegabytes(totalBytes(plan.fetch)))}` : `${line}${o.upToDate}`;
  }

  async #start() {
    if (!this.#manifest || this.#abort || downloading()) return;
    this.#abort = new AbortController();
    const start = this.#el<HTMLButtonElement>('start');
    const cancel = this.#el<HTMLButtonElement>('cancel');
    const bar = this.#el<HTMLProgressElement>('progress');
    start.disabled = true;
    cancel.hidden = false;
    bar.hidden = false;
    // Ask the browser to keep the download when space runs low (it may say no).
    void navigator.storage?.persist?.().catch(() => false);
    try {
      const result = await storeAll(this.#base, this.#manifest, {
        signal: this.#abort.signal,
        onProgress: ({ done, total }) => {
          bar.max = Math.max(total, 1);
          bar.value = done;
          this.#say(o.progress(formatMegabytes(done), formatMegabytes(total)));
        },
      });
      if (this.#abort.signal.aborted) this.#say(o.cancelled);
      else if (!result) return;
      else if (result.failed) this.#say(o.failed(result.failed));
      else this.#say(this.#describe(result.stored));
    } catch {
      this.#say(o.failed(1));
    } finally {
      this.#abort = null;
      start.disabled = false;
      cancel.hidden = true;
      bar.hidden = true;
    }
  }
}

customElements.define('offline-download', OfflineDownload);
