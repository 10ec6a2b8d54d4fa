// The site's own tag manager containers (extract/chat/tag-container.ts), read for the chat widgets
// they load: at most two, on the start page's host, after robots.txt and the link rules allow them,
// in the request slots no page waits for. What they show is added to the start page, the page that
// loads them. A container that cannot be read costs nothing but its request.
import { chatInContainer } from '../extract/chat/tag-container.js';
import type { PageFinding } from '../types.js';
import type { CrawlContext } from './crawl-context.js';
import type { CrawledPage } from './crawl-types.js';
import { stateChangingReason } from './state-changing-link.js';

export async function tagContainerChats(ctx: CrawlContext, home: CrawledPage): Promise<PageFinding[]> {
  const urls = home.analysis.tagContainers ?? [];
  // A widget the page's own markup shows already: the container adds nothing a shopper needs.
  if (!urls.length || home.analysis.findings.some((f) => f.kind === 'chat')) return [];
  const host = new URL(home.url).host;
  const found: PageFinding[] = [];
  for (const url of urls) {
    const parsed = new URL(url);
    if (ctx.aborted() || parsed.host !== host || stateChangingReason(parsed, '')) continue;
    if (ctx.options.respectRobots && !ctx.robotsAllow(url)) continue;
    try {
      const res = await ctx.request(url, ctx.fetchOptions(url), 'background');
      if (res.status !== 200 || res.redirect || res.offSiteRedirect || !res.body) continue;
      for (const f of chatInContainer(res.body, url)) if (!found.some((o) => o.value === f.value)) found.push(f);
    } catch {
      // Timed out, refused or past the deadline: the audit goes on without it.
    }
  }
  return found;
}
