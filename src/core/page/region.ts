import type { Element } from 'domhandler';
import type { Region } from '../types.js';

// Landmark names and the class/id words sites use for them when they use no landmark elements.
// Maps, not object literals: a tag or role named "constructor" must find nothing.
const BY_TAG = new Map<string, Region>(Object.entries({ header: 'header', nav: 'nav', footer: 'footer', main: 'main', aside: 'aside' }));
const BY_ROLE = new Map<string, Region>(Object.entries({ banner: 'header', navigation: 'nav', contentinfo: 'footer', main: 'main', complementary: 'aside' }));
const BY_NAME: [RegExp, Region][] = [
  [/(^|[-_\s])(site-?)?footer|(^|[-_\s])foot([-_\s]|$)|colophon/i, 'footer'],
  [/(^|[-_\s])(main-?|primary-?|top-?)?nav(bar|igation)?([-_\s]|$)|(^|[-_\s])menu([-_\s]|$)/i, 'nav'],
  [/(^|[-_\s])(site-?|page-?)?header|masthead|top-?bar/i, 'header'],
  [/sidebar/i, 'aside'],
];

/** The landmark region an element sits in: the nearest landmark ancestor wins; 'main' if none. */
export function regionOf(el: Element): Region {
  // Memoised per element: every block and finding asks, and siblings share their ancestors' answer.
  // Kept on the element itself: a WeakMap lookup per ancestor cost more than the regex tests it saved.
  const path: Memo[] = [];
  let found: Region = 'main';
  for (let node = el as Memo | null; node && node.type === 'tag'; node = node.parent as Memo | null) {
    const cached = node[REGION];
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
  for (const node of path) node[REGION] = found;
  return found;
}

/** Region per element, once computed (the tree is not changed after parsing). */
const REGION = Symbol('region');
type Memo = Element & { [REGION]?: Region };

function ownRegion(node: Element): Region | undefined {
  const byTag = BY_TAG.get(node.name.toLowerCase());
  if (byTag) return byTag;
  const attribs = node.attribs;
  if (!attribs) return undefined;
  const role = attribs.role;
  const byRole = role ? BY_ROLE.get(role.toLowerCase()) : undefined;
  if (byRole) return byRole;
  const id = attribs.id;
  const cls = attribs.class;
  if (!id && !cls) return undefined;
  const names = id && cls ? `${id} ${cls}` : (id ?? cls)!;
  for (const [re, region] of BY_NAME) if (re.test(names)) return region;
  return undefined;
}
