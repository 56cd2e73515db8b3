import { type APIRequestContext, type APIResponse } from '@playwright/test';
import { expect, test, STRICT_CSP } from './support';

/*
 * The headers as nginx sends them under deploy/nginx/xuexi.conf (the test
 * server runs that file): the root build at /, the sub-path build at /xuexi/.
 */
const IMMUTABLE = 'public, max-age=31536000, immutable';

async function get(request: APIRequestContext, path: string): Promise<APIResponse> {
  return request.get(path, { maxRedirects: 0, headers: { 'Accept-Encoding': 'gzip' } });
}

/** Headers every answer from the site carries, pages and files, found or not. */
function expectSecurityHeaders(response: APIResponse, what: string) {
  const h = response.headers();
  expect(h['content-security-policy'], what).toBe(STRICT_CSP);
  expect(h['x-content-type-options'], what).toBe('nosniff');
  expect(h['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
}

function expectServed(response: APIResponse, what: string, type: RegExp, cache: string, gzip: boolean) {
  const h = response.headers();
  expect(response.status(), what).toBe(200);
  expect(h['content-type'], what).toMatch(type);
  expect(h['cache-control'], what).toBe(cache);
  expect(h['content-encoding'], what).toBe(gzip ? 'gzip' : undefined);
  expectSecurityHeaders(response, what);
}

for (const base of ['/', '/xuexi/']) {
  test.describe(`nginx serving ${base}`, () => {
    test('pages: HTML in UTF-8, gzip, no-cache with a validator, the strict CSP', async ({ request }) => {
      for (const path of ['', 'theory/', 'theory/laodong-zhengyi-tiaojie/', 'search/', 'quiz/']) {
        const response = await get(request, base + path);
        expectServed(response, base + path, /^text\/html; charset=utf-8$/, 'no-cache', true);
        // no-cache means "ask again": a revalidation answers 304 without the page.
        const etag = response.headers().etag;
        expect(etag, base + path).toBeTruthy();
        expect((await request.get(base + path, { headers: { 'If-None-Match': etag! } })).status(), base + path).toBe(304);
      }
    });

    test('a directory without its slash is redirected to it, keeping the query', async ({ request }) => {
      const response = await get(request, `${base}theory?x=1`);
      expect(response.status()).toBe(301);
      expect(response.headers().location).toBe(`${base}theory/?x=1`);
    });

    test('unknown addresses get the site’s own 404 page with status 404', async ({ request }) => {
      for (const path of ['no-such-page/', 'no-such-file.js', '_astro/', '_astro/missing.js', 'pagefind/']) {
        const response = await get(request, base + path);
        expect(response.status(), base + path).toBe(404);
        expect(response.headers()['content-type'], base + path).toBe('text/html; charset=utf-8');
        // Never cached long, even where found files would be (_astro/).
        expect(response.headers()['cache-control'], base + path).toBe('no-cache');
        expectSecurityHeaders(response, base + path);
        const html = await response.text();
        expect(html, base + path).toContain('页面没有找到');
        // It is this build's 404 page: its links stay under its own base.
        expect(html, base + path).toContain(`href="${base}tags/"`);
      }
    });

    test('hashed assets are cached for a year; the rest of the files are revalidated', async ({ request }) => {
      const html = await (await get(request, base)).text();
      const css = /href="([^"]*\/_astro\/[^"]+\.css)"/.exec(html)?.[1];
      const js = /src="([^"]*\/_astro\/[^"]+\.js)"/.exec(html)?.[1];
      expect(css?.startsWith(`${base}_astro/`)).toBe(true);
      expect(js?.startsWith(`${base}_astro/`)).toBe(true);
      expectServed(await get(request, css!), css!, /^text\/css; charset=utf-8$/, IMMUTABLE, true);
      expectServed(await get(request, js!), js!, /^(application|text)\/javascript; charset=utf-8$/, IMMUTABLE, true);

      const files: [string, RegExp, boolean][] = [
        ['manifest.webmanifest', /^application\/manifest\+json; charset=utf-8$/, true],
        ['favicon.svg', /^image\/svg\+xml$/, true],
        ['sitemap-index.xml', /^(text|application)\/xml; charset=utf-8$/, true],
        ['rss.xml', /^(text|application)\/(rss\+)?xml; charset=utf-8$/, true],
        ['quiz/pool.json', /^application\/json; charset=utf-8$/, true],
        ['pagefind/pagefind-entry.json', /^application\/json; charset=utf-8$/, true],
        ['pagefind/pagefind.js', /^(application|text)\/javascript; charset=utf-8$/, true],
        ['pagefind/pagefind-worker.js', /^(application|text)\/javascript; charset=utf-8$/, true],
        // Pagefind's WebAssembly and index files come gzipped already: served as they are.
        ['pagefind/wasm.unknown.pagefind', /^application\/octet-stream$/, false],
      ];
      for (const [path, type, gzip] of files) expectServed(await get(request, base + path), base + path, type, 'no-cache', gzip);

      const entry = await (await get(request, `${base}pagefind/pagefind-entry.json`)).json();
      const lang = Object.values(entry.languages as Record<string, { hash: string }>)[0]!;
      expectServed(await get(request, `${base}pagefind/pagefind.${lang.hash}.pf_meta`), 'pf_meta', /^application\/octet-stream$/, 'no-cache', false);
    });

    test('the service worker file is never cached long', async ({ request }) => {
      // A long-cached sw.js would keep readers on an old site; whether or not the build has one yet, it gets no-cache.
      expect((await get(request, `${base}sw.js`)).headers()['cache-control']).toBe('no-cache');
    });
  });
}

test('the sub-path without its slash goes to the sub-path, keeping the query', async ({ request }) => {
  for (const [from, to] of [['/xuexi', '/xuexi/'], ['/xuexi?q=防火', `/xuexi/?q=${encodeURIComponent('防火')}`]]) {
    const response = await get(request, from!);
    expect(response.status(), from).toBe(301);
    expect(decodeURIComponent(response.headers().location!), from).toBe(decodeURIComponent(to!));
  }
});
