/**
 * <reader-tools>: the article's reader panel (字号, 长辈模式, 颜色, 朗读).
 * Loaded on the first press of its server-rendered button. Settings go into
 * the records store and onto <html> at once; public/prefs.js applies them on
 * the next page before the first paint.
 */
import { readRecords, updateRecords } from '../records/store';
import { setSettings, SIZES, THEMES, type Settings } from '../../lib/store/records';
import { pickChineseVoice, speakableChunks, type Chunk } from '../../lib/reader/speech';
import { readerUi as t } from '../../lib/ui';
import { el } from '../dom';

/** The same attributes prefs.js sets: defaults leave no attribute. */
function apply(s: Settings) {
  const d = document.documentElement.dataset;
  if (s.size === 'normal') delete d.size; else d.size = s.size;
  if (s.theme === 'system') delete d.theme; else d.theme = s.theme;
  if (s.elder) d.elder = ''; else delete d.elder;
}

/** Voices load asynchronously in some browsers: wait for them, but not for ever. */
function loadVoices(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', done);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, 3000);
    synth.addEventListener('voiceschanged', done);
  });
}

class ReaderTools extends HTMLElement {
  private panel?: HTMLElement;
  private settings: Settings = readRecords().settings;

  connectedCallback() {
    const button = this.querySelector('button')!;
    button.addEventListener('click', () => this.toggle(button));
    if (this.dataset.open !== undefined) this.toggle(button);
    this.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.panel && !this.panel.hidden) {
        this.toggle(button);
        button.focus();
      }
    });
  }

  toggle(button: HTMLButtonElement) {
    this.panel ??= this.build(button);
    this.panel.hidden = !this.panel.hidden;
    button.setAttribute('aria-expanded', String(!this.panel.hidden));
  }

  change(change: Partial<Settings>) {
    updateRecords((r) => setSettings(r, change));
    this.settings = { ...this.settings, ...change };
    apply(this.settings);
  }

  build(button: HTMLButtonElement): HTMLElement {
    const choices = <K extends 'size' | 'theme'>(key: K, legend: string, values: readonly Settings[K][], labels: Record<string, string>) =>
      el('fieldset', { className: 'reader-choice' }, el('legend', { className: 'font-bold' }, legend),
        ...values.map((value) => {
          const input = el('input', { type: 'radio', name: `reader-${key}`, value, checked: this.settings[key] === value });
          input.addEventListener('change', () => this.change({ [key]: value }));
          return el('label', {}, input, labels[value]!);
        }));
    const elder = el('input', { type: 'checkbox', checked: this.settings.elder });
    elder.setAttribute('role', 'switch');
    elder.addEventListener('change', () => this.change({ elder: elder.checked }));
    const panel = el('div', { id: button.getAttribute('aria-controls')!, className: 'card reader-panel mt-2 space-y-3 p-3', hidden: true },
      choices('size', t.size, SIZES, t.sizes),
      el('label', { className: 'reader-switch' }, elder, el('span', {}, el('b', {}, t.elder), `（${t.elderHint}）`)),
      choices('theme', t.theme, THEMES, t.themes),
      this.speech());
    panel.setAttribute('role', 'group');
    panel.setAttribute('aria-label', button.textContent!.trim());
    this.append(panel);
    return panel;
  }

  /** 朗读: the article's title and body, paragraph by paragraph, the current one marked. */
  speech(): HTMLElement {
    const status = el('p', { className: 'text-sm' });
    status.setAttribute('role', 'status');
    const [read, pause, resume, stop] = [t.read, t.pause, t.resume, t.stop].map((label) => el('button', { type: 'button', className: 'reader-button', textContent: label }));
    const box = el('div', { className: 'reader-speech' }, el('p', { className: 'font-bold' }, t.speech), el('div', { className: 'flex flex-wrap gap-2' }, read!, pause!, resume!, stop!), status);
    const synth = 'speechSynthesis' in window ? window.speechSynthesis : undefined;
    let chunks: Chunk[] = [];
    let paragraphs: HTMLElement[] = [];
    let index = 0;
    let run = 0;
    let voice: SpeechSynthesisVoice | undefined;

    const state = (s: 'idle' | 'speaking' | 'paused', message: string) => {
      read!.disabled = s !== 'idle';
      pause!.disabled = s !== 'speaking';
      resume!.disabled = s !== 'paused';
      stop!.disabled = s === 'idle';
      status.textContent = message;
    };
    const mark = (p?: HTMLElement) => {
      document.querySelector('.reading')?.classList.remove('reading');
      if (!p) return;
      p.classList.add('reading');
      p.scrollIntoView({ block: 'nearest' });
    };
    const end = (message: string) => {
      run++;
      synth?.cancel();
      mark();
      state('idle', message);
    };
    const next = (mine: number) => {
      const chunk = chunks[index];
      if (!chunk || !synth || !voice) return end(t.finished);
      const u = new SpeechSynthesisUtterance(chunk.text);
      u.lang = voice.lang;
      u.voice = voice;
      // Cancelled utterances also end: only the current run goes on.
      u.onend = () => {
        if (mine !== run) return;
        index++;
        next(mine);
      };
      u.onerror = (e) => {
        if (mine === run && e.error !== 'interrupted' && e.error !== 'canceled') end(t.failed);
      };
      mark(paragraphs[chunk.paragraph]);
      synth.speak(u);
    };

    read!.addEventListener('click', async () => {
      if (!synth) return state('idle', t.noSpeech);
      state('idle', t.loadingVoices);
      read!.disabled = true;
      voice = pickChineseVoice(await loadVoices(synth));
      if (!voice) return state('idle', t.noVoice);
      const article = this.closest('article')!;
      paragraphs = [...article.querySelectorAll<HTMLElement>('h1, .prose > :is(p, h2, h3, h4, blockquote), .prose > :is(ul, ol) > li')];
      chunks = speakableChunks(paragraphs.map((p) => p.textContent ?? ''));
      synth.cancel();
      index = 0;
      state('speaking', t.reading);
      next(++run);
    });
    pause!.addEventListener('click', () => {
      synth?.pause();
      state('paused', t.paused);
    });
    resume!.addEventListener('click', () => {
      synth?.resume();
      state('speaking', t.reading);
    });
    stop!.addEventListener('click', () => end(t.stopped));
    // Leaving the page stops the voice (it would otherwise go on in some browsers).
    addEventListener('pagehide', () => synth?.cancel());
    state('idle', synth ? '' : t.noSpeech);
    return box;
  }
}

customElements.define('reader-tools', ReaderTools);
