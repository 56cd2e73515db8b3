/** The site's base path (`/` or e.g. `/xuexi/`), from <html data-base>: client code builds every URL from it. */
export const siteBase = (): string => document.documentElement.dataset.base ?? '/';
