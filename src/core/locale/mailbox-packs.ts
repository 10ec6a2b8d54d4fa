// The mailbox names of every language pack (packs/mailboxes/*), for readers that need only those:
// reach/reach.ts, which the popup bundles. Same order as packs.ts.
import type { MailboxWords } from './language-pack.js';
import { EN_MAILBOXES } from './packs/mailboxes/en.js';
import { DE_MAILBOXES } from './packs/mailboxes/de.js';
import { FR_MAILBOXES } from './packs/mailboxes/fr.js';
import { ES_MAILBOXES } from './packs/mailboxes/es.js';
import { IT_MAILBOXES } from './packs/mailboxes/it.js';
import { NL_MAILBOXES } from './packs/mailboxes/nl.js';
import { PT_MAILBOXES } from './packs/mailboxes/pt.js';
import { JA_MAILBOXES } from './packs/mailboxes/ja.js';
import { KO_MAILBOXES } from './packs/mailboxes/ko.js';
import { ZH_MAILBOXES } from './packs/mailboxes/zh.js';
import { SV_MAILBOXES } from './packs/mailboxes/sv.js';
import { PL_MAILBOXES } from './packs/mailboxes/pl.js';
import { RU_MAILBOXES } from './packs/mailboxes/ru.js';

export const MAILBOX_PACKS: readonly MailboxWords[] = [
  EN_MAILBOXES,
  DE_MAILBOXES,
  FR_MAILBOXES,
  ES_MAILBOXES,
  IT_MAILBOXES,
  NL_MAILBOXES,
  PT_MAILBOXES,
  JA_MAILBOXES,
  KO_MAILBOXES,
  ZH_MAILBOXES,
  SV_MAILBOXES,
  PL_MAILBOXES,
  RU_MAILBOXES,
];

/**
 * Mailboxes nobody reads, as a regex source for a whole local part's start: every pack's noReply
 * names, a '-' in them standing for '-', '_', '.' or nothing ("no-reply" reads noreply, no_reply).
 */
export const NO_REPLY_MAILBOXES = MAILBOX_PACKS.flatMap((pack) => pack.mailboxes.noReply)
  .map((name) => name.replace(/\./g, '\\.').split('-').join('[-_.]?'))
  .join('|');
