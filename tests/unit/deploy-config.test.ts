import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The end-to-end tests run nginx with deploy/nginx/xuexi.conf; the README must show that same file.
describe('the nginx config', () => {
  const conf = readFileSync('deploy/nginx/xuexi.conf', 'utf8');

  it('is shown in the README exactly as shipped', () => {
    expect(readFileSync('README.md', 'utf8')).toContain(`\`\`\`nginx\n${conf}\`\`\``);
  });

  it('sends the policy the README states', () => {
    const policy = /add_header Content-Security-Policy "([^"]+)"/.exec(conf)?.[1];
    expect(policy).toContain("'wasm-unsafe-eval'");
    expect(readFileSync('README.md', 'utf8')).toContain(`\`\`\`\n${policy}\n\`\`\``);
  });
});
