import type { Element } from 'domhandler';
import { elementContext } from '../../page/element-context.js';
import type { ParsedPage } from '../../page/parsed-page.js';
import { classifyRole } from '../../role/classify-role.js';
import { mentions } from '../../role/role-matcher.js';
import type { PageFinding, Region } from '../../types.js';
import { isNoReply, isRoleAddress, localPartRole } from './address.js';
import type { Flag } from '../../flags.js';

/** One sighting of an address: where it was, and the words around it. */
export interface EmailSighting {
  address: string;
  display: string;
  flags: Flag[];
  el: Element;
  /** The text line the address sits in, and its offset in that line (-1 when unknown). */
  line: string;
  index: number;
  region?: Region;
  /** The element's block text, for the nearest heading lookup. */
  blockText?: string;
  /** A link's own words (text, aria-label, title): read before the words around it. */
  label?: string;
  /** schema.org ContactPoint contactType, when the address came from JSON-LD. */
  contactType?: string;
}

const CONTEXT_CHARS = 160;
/**
 * The nearest-heading walk costs about a millisecond on a flat page with thousands of siblings;
 * past this many elements (a staff directory) the title and URL decide instead of the heading.
 */
const MAX_HEADING_LOOKUPS = 300;
/** How far back a label may sit before the address on its line ("Sales enquiries: ..."). */
const LABEL_CHARS = 80;
const ANY_EMAIL = /[^\s@]+@[^\s@]+/g;

/** The words just before the address on its line, after any earlier address on that line. */
export function labelBefore(line: string, index: number): string {
  if (index <= 0) return '';
  const before = line.slice(Math.max(0, index - LABEL_CHARS), index);
  const lastEmail = [...before.matchAll(ANY_EMAIL)].pop();
  return lastEmail ? before.slice((lastEmail.index ?? 0) + lastEmail[0].length) : before;
}

function saysSomething(text: string): boolean {
  const { sales, support, other } = mentions(text);
  return sales || support || other;
}

function clipAround(line: string, index: number): string {
  if (line.length <= CONTEXT_CHARS) return line;
  const start = Math.max(0, Math.min(index - 60, line.length - CONTEXT_CHARS));
  return `${start > 0 ? '…' : ''}${line.slice(start, start + CONTEXT_CHARS - 2)}…`;
}

/**
 * Collects sightings into one finding per address: flags unioned, and the first sighting that
 * names a role wins (the same address in the footer and under a "Sales" heading is sales).
 */
export class FoundEmails {
  private readonly byAddress = new Map<string, PageFinding>();
  /** Nearest heading per element: many addresses in one block share it. */
  private readonly headings = new Map<Element, string>();
  /** Addresses already read in each element: the same words around them say the same role. */
  private readonly sightings = new Map<Element, Set<string>>();
  /** Addresses seen in plain view at least once. */
  private readonly shown = new Set<string>();

  constructor(private readonly page: ParsedPage) {}

  add(s: EmailSighting): void {
    if (!s.flags.includes('collapsed') && !s.flags.includes('schema-org')) this.shown.add(s.address);
    const flags: Flag[] = [...s.flags];
    if (isNoReply(s.address)) flags.push('noreply');
    if (isRoleAddress(s.address)) flags.push('role-address');
    const seen = this.byAddress.get(s.address);
    const inElement = this.sightings.get(s.el) ?? new Set<string>();
    this.sightings.set(s.el, inElement);
    const again = inElement.has(s.address);
    inElement.add(s.address);
    if (seen && (again || seen.role !== 'general')) {
      // Already settled: a page repeating an address thousands of times costs one role lookup.
      seen.flags = [...new Set([...seen.flags, ...flags])];
      return;
    }
    const role = this.role(s);
    if (!seen) {
      this.byAddress.set(s.address, {
        kind: 'email',
        value: s.address,
        display: s.display,
        role,
        flags: [...new Set(flags)],
        context: clipAround(s.line, s.index) || undefined,
        region: s.region,
      });
      return;
    }
    seen.flags = [...new Set([...seen.flags, ...flags])];
    if (seen.role === 'general' && role !== 'general') {
      seen.role = role;
      seen.context = clipAround(s.line, s.index) || seen.context;
    }
  }

  /** 'collapsed' means only a click away: an address also shown openly is not collapsed. */
  list(): PageFinding[] {
    const out = [...this.byAddress.values()];
    for (const f of out) if (this.shown.has(f.value)) f.flags = f.flags.filter((flag) => flag !== 'collapsed');
    return out;
  }

  private role(s: EmailSighting): PageFinding['role'] {
    // A declared contactType, then the mailbox name: sales@ is sales whatever the heading says.
    const declared = s.contactType ? classifyRole({ contactType: s.contactType }) : 'general';
    if (declared !== 'general') return declared;
    const byName = localPartRole(s.address);
    if (byName) return byName;
    // Addresses are blanked first: jane@sales-tools.test names a domain, not a team.
    const words = (t: string) => t.replace(ANY_EMAIL, ' ');
    const near = [words(s.label ?? ''), words(labelBefore(s.line, s.index))].find(saysSomething) ?? words(clipAround(s.line, s.index));
    let heading = this.headings.get(s.el);
    if (heading === undefined && this.headings.size < MAX_HEADING_LOOKUPS) {
      heading = elementContext(this.page.$, s.el, s.blockText).heading;
      this.headings.set(s.el, heading);
    }
    return classifyRole({ near, heading, title: this.page.title, url: this.page.url });
  }
}
