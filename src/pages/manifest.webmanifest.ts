import { link } from '../lib/links';
import { site } from '../site.config';

export function GET() {
  return new Response(
    JSON.stringify({
      name: site.name,
      short_name: site.shortName,
      description: site.description,
      lang: 'zh-CN',
      start_url: link('/'),
      scope: link('/'),
      display: 'standalone',
      background_color: '#fbfaf5',
      theme_color: '#1d5b3a',
      // PNGs for installing (Android needs 192 and 512); full-bleed, the tree inside the maskable safe zone.
      icons: [
        { src: link('/favicon.svg'), sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        { src: link('/icon-192.png'), sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: link('/icon-512.png'), sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: link('/icon-192.png'), sizes: '192x192', type: 'image/png', purpose: 'maskable' },
        { src: link('/icon-512.png'), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    }),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
}
