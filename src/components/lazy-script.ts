/**
 * Returns a function that adds a module script once. Pages use it to bring
 * in code (search, quiz) only when the reader needs it.
 */
export function injectOnce(src: string): () => void {
  let injected = false;
  return () => {
    if (injected) return;
    injected = true;
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    document.head.append(script);
  };
}
