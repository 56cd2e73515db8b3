/** The query parameter that asks a page to mark the searched terms (kept alone so every page can import it cheaply). */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';
