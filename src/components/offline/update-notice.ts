/**
 * When a new build's service worker is waiting: a small notice 有新内容，点此刷新.
 * Clicking it lets the new version take over and reloads once it has. Never
 * during an exam in progress: the notice waits until the exam is handed in.
 */
import { offlineUi } from '../../lib/ui';
import { readRecords } from '../records/store';
import styles from './update-notice.css?url';

function examRunning(): boolean {
  const exam = readRecords().examInProgress;
  return !!exam && Date.parse(exam.deadline) > Date.now();
}

function show(worker: ServiceWorker) {
  if (document.getElementById('update-notice')) return;
  if (examRunning()) {
    // Checked again now and then; an exam ends within its time limit.
    const timer = setInterval(() => {
      if (examRunning()) return;
      clearInterval(timer);
      show(worker);
    }, 5000);
    return;
  }
  const button = Object.assign(document.createElement('button'), { type: 'button', id: 'update-notice', className: 'update-notice', textContent: offlineUi.updateReady });
  button.addEventListener('click', () => {
    button.disabled = true;
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    worker.postMessage({ type: 'SKIP_WAITING' });
  });
  const sheet = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: styles });
  document.head.append(sheet);
  document.body.append(button);
}

export function watchForUpdates(registration: ServiceWorkerRegistration): void {
  // Only an update when a version is already in control; the first install is not news.
  if (registration.waiting && navigator.serviceWorker.controller) show(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) show(worker);
    });
  });
}
