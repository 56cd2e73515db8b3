/*
 * The quiz code (grading, records, FSRS) is not part of the article's first
 * load: it is injected when the self-check comes near the screen or gets
 * focus. Until then the markup works as it does without JavaScript.
 */
import quizModule from './self-check.ts?worker&url';
import { injectOnce } from '../lazy-script';

const quiz = document.querySelector('self-check:not([data-pending])');
if (quiz) {
  const inject = injectOnce(quizModule);
  new IntersectionObserver((entries, observer) => {
    if (entries.some((e) => e.isIntersecting)) {
      observer.disconnect();
      inject();
    }
  }, { rootMargin: '600px' }).observe(quiz);
  quiz.addEventListener('focusin', inject, { once: true });
}
