/**
 * <slide-deck>: shows the server-rendered slides one at a time. Splits a slide
 * that does not fit the screen into continuation slides (the screen's size is
 * only known here), keeps the slide number in the URL (#3), and answers the
 * keys presentation clickers send and taps on either half of a tablet.
 */
import { deckAction, moveTo, slideFromHash, type DeckAction } from '../../lib/slides';
import { slidesUi } from '../../lib/ui';

const overflows = (body: Element) => body.scrollHeight > body.clientHeight + 1 || body.scrollWidth > body.clientWidth + 1;
const isHeading = (el: Element | null) => !!el && /^H[1-6]$/.test(el.tagName);

class SlideDeck extends HTMLElement {
  #originals: HTMLElement[] = [];
  #slides: HTMLElement[] = [];
  #current = 0;
  #announce = document.querySelector<HTMLElement>('[data-announce]');
  #fullscreen = document.querySelector<HTMLButtonElement>('[data-fullscreen]');
  #help = document.querySelector<HTMLElement>('[data-help]');

  async connectedCallback() {
    const slides = [...this.querySelectorAll<HTMLElement>(':scope > .slide')];
    slides.forEach((s, i) => (s.dataset.origin = String(i)));
    this.#originals = slides.map((s) => s.cloneNode(true) as HTMLElement);
    document.documentElement.classList.add('deck-live');
    await document.fonts.ready;
    this.#layout();
    this.#go(slideFromHash(location.hash, this.#slides.length), false);

    document.addEventListener('keydown', (e) => this.#onKey(e));
    this.addEventListener('click', (e) => {
      if ((e.target as Element).closest('a, button') || getSelection()?.toString()) return;
      this.#act(e.clientX > innerWidth / 2 ? 'next' : 'prev');
    });
    addEventListener('hashchange', () => this.#go(slideFromHash(location.hash, this.#slides.length), false));
    let timer: number | undefined;
    addEventListener('resize', () => {
      clearTimeout(timer);
      timer = window.setTimeout(() => this.#relayout(), 150);
    });
    if (this.#fullscreen && document.fullscreenEnabled) {
      this.#fullscreen.hidden = false;
      this.#fullscreen.addEventListener('click', () => this.#act('fullscreen'));
      document.addEventListener('fullscreenchange', () => {
        this.#fullscreen!.textContent = document.fullscreenElement ? slidesUi.exitFullscreen : slidesUi.fullscreen;
      });
    }
  }

  #onKey(e: KeyboardEvent) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    // Enter and Space on the back link or the fullscreen button do what those do.
    if ((e.key === 'Enter' || e.key === ' ') && (e.target as Element).closest?.('a, button')) return;
    const action = deckAction(e.key);
    if (!action) return;
    e.preventDefault();
    this.#act(action);
  }

  #act(action: DeckAction) {
    if (action === 'fullscreen') {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.documentElement.requestFullscreen?.().catch(() => {});
    } else if (action === 'exit') {
      if (document.fullscreenElement) void document.exitFullscreen();
      else location.assign(this.dataset.exit!);
    } else this.#go(moveTo(action, this.#current, this.#slides.length), true);
  }

  #go(index: number, announce: boolean) {
    this.#current = index;
    this.#slides.forEach((s, i) => s.toggleAttribute('data-current', i === index));
    if (this.#help) this.#help.hidden = index !== 0;
    const hash = `#${index + 1}`;
    if (location.hash !== hash) history.replaceState(history.state, '', hash);
    if (announce && this.#announce) this.#announce.textContent = slidesUi.positionSpoken(index + 1, this.#slides.length);
  }

  /** Lays the original slides out again for a new screen size, staying on the same part. */
  #relayout() {
    const at = this.#slides[this.#current];
    const origin = at?.dataset.origin;
    const piece = at ? this.#slides.filter((s) => s.dataset.origin === origin).indexOf(at) : 0;
    this.replaceChildren(...this.#originals.map((s) => s.cloneNode(true) as HTMLElement));
    this.#layout();
    const same = this.#slides.filter((s) => s.dataset.origin === origin);
    this.#go(same.length ? this.#slides.indexOf(same[Math.min(piece, same.length - 1)]!) : 0, false);
  }

  #layout() {
    for (const slide of [...this.querySelectorAll<HTMLElement>(':scope > .slide')]) this.#fit(slide);
    this.#slides = [...this.querySelectorAll<HTMLElement>(':scope > .slide')];
    const total = this.#slides.length;
    this.#slides.forEach((s, i) => {
      s.setAttribute('aria-label', slidesUi.positionSpoken(i + 1, total));
      const pos = s.querySelector('[data-position]');
      if (pos) pos.textContent = slidesUi.position(i + 1, total);
    });
  }

  /** Moves whatever does not fit on the slide to continuation slides after it. */
  #fit(slide: HTMLElement) {
    let current = slide;
    for (let guard = 0; guard < 50; guard++) {
      current.toggleAttribute('data-current', true);
      const body = current.querySelector('.slide-body');
      const overflowing = body && overflows(body);
      if (!overflowing) {
        current.toggleAttribute('data-current', false);
        return;
      }
      const rest = document.createElement('div');
      rest.className = 'slide-body';
      while (overflows(body) && body.children.length > 1) rest.prepend(body.lastElementChild!);
      // A heading never ends a slide: it goes with what it heads.
      while (body.children.length > 1 && isHeading(body.lastElementChild)) rest.prepend(body.lastElementChild!);
      const only = body.children.length === 1 ? body.firstElementChild : null;
      if (overflows(body) && only && (only.tagName === 'UL' || only.tagName === 'OL') && only.children.length > 1) {
        const tail = only.cloneNode(false) as HTMLOListElement;
        while (overflows(body) && only.children.length > 1) tail.prepend(only.lastElementChild!);
        if (only.tagName === 'OL') tail.start = ((only as HTMLOListElement).start || 1) + only.children.length;
        rest.prepend(tail);
      }
      current.toggleAttribute('data-current', false);
      // Nothing more can move (one block too big for any screen): leave it, clipped rather than scrolling.
      if (!rest.children.length) return;
      const next = document.createElement('section');
      next.className = 'slide';
      next.dataset.origin = slide.dataset.origin!;
      const heading = document.createElement('h2');
      heading.textContent = `${slide.dataset.heading || this.dataset.title}${slidesUi.continued}`;
      next.append(heading, rest, slide.querySelector('.slide-foot')!.cloneNode(true));
      current.after(next);
      current = next;
    }
  }
}

customElements.define('slide-deck', SlideDeck);
