import type { Element } from 'domhandler';
import type { Region } from '../types.js';

// Landmark names and the class/id words sites use for them when they use no landmark elements.
const BY_TAG: Record<string, Region> = { header: 'header', nav: 'nav', footer: 'footer', main: 'main', aside: 'aside' };
const BY_ROLE: Record<string, Region> = { banner: 'header', navigation: 'nav', contentinfo: 'footer', main: 'main', complementary: 'aside' };
const BY_NAME: [RegExp, Region][] = [
  [/(^|[-_\s])(site-?)?footer|(^|[-_\s])foot([-_\s]|$)|colophon/i, 'footer'],
  [/(^|[-_\s])(main-?|primary-?|top-?)?nav(bar|igation)?([-_\s]|$)|(^|[-_\s])menu([-_\s]|$)/i, 'nav'],
  [/(^|[-_\s])(site-?|page-?)?header|masthead|top-?bar/i, 'header'],
  [/sidebar/i, 'aside'],
];

/** The landmark region an element sits in: the nearest landmark ancestor wins; 'main' if none. */
export function regionOf(el: Element): Region {
  // Memoised per element: every block and finding asks, and siblings share their ancestors' answer.
  const path: Element[] = [];
  let found: Region = 'main';
  for (let node: Element | null = el; node && node.type === 'tag'; node = node.parent as Element | null) {
    const cached = REGIONS.get(node);
    if (cached) {
      found = cached;
      break;
    }
    path.push(node);
    const own = ownRegion(node);
    if (own) {
      found = own;
      break;
    }
  }
  for (const node of path) REGIONS.set(node, found);
  return found;
}

/** Region per element, once computed (the tree is not changed after parsing). */
const REGIONS = new WeakMap<Element, Region>();

function ownRegion(node: Element): Region | undefined {
  const byTag = BY_TAG[node.name.toLowerCase()];
  if (byTag) return byTag;
  const role = node.attribs?.role?.toLowerCase();
  const byRole = role ? BY_ROLE[role] : undefined;
  if (byRole) return byRole;
  const names = `${node.attribs?.id ?? ''} ${node.attribs?.class ?? ''}`;
  if (names.trim()) {
    for (const [re, region] of BY_NAME) if (re.test(names)) return region;
  }
  return undefined;
}
