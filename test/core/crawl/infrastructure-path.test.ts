import { describe, expect, it } from 'vitest';
import { infrastructureReason } from '../../../src/core/crawl/infrastructure-path.js';

describe('infrastructureReason', () => {
  it.each(['/cdn-cgi/l/email-protection', '/wp-admin/', '/wp-json/wp/v2/pages', '/xmlrpc.php'])('skips %s', (path) => {
    expect(infrastructureReason(`https://example.com${path}`)).toBeDefined();
  });

  it.each(['/', '/contact', '/cdn-cgi-guide', '/blog/wp-admin-tips', '/wp-content-policy'])('leaves %s alone', (path) => {
    expect(infrastructureReason(`https://example.com${path}`)).toBeUndefined();
  });
});
