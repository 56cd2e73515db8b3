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
      icons: [{ src: link('/favicon.svg'), sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    }),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
}
