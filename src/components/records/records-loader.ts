/* The records module (marks, reading, notices) is not needed to read a page: it comes in when the browser is idle. */
import recordsModule from './page-records.ts?worker&url';
import { injectOnce } from '../lazy-script';

const inject = injectOnce(recordsModule);
const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(inject, { timeout: 3000 }) : setTimeout(inject, 500));
if (document.readyState === 'complete') idle();
else addEventListener('load', idle, { once: true });
