/* The reader panel's code comes in on the first press of its button (the button itself is server-rendered, so nothing shifts). */
import readerModule from './reader-panel.ts?worker&url';
import { injectOnce } from '../lazy-script';

const tools = document.querySelector<HTMLElement>('reader-tools');
tools?.querySelector('button')?.addEventListener('click', () => {
  tools.dataset.open = '';
  injectOnce(readerModule)();
}, { once: true });
