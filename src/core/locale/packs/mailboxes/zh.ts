// Chinese: mailbox names (language-pack.ts: MailboxWords), apart from the rest of the pack so the popup,
// which tells a noreply mailbox from one a person reads (reach/reach.ts), does not carry every other word.
import type { MailboxWords } from '../../language-pack.js';

export const ZH_MAILBOXES: MailboxWords = {
  mailboxes: { functional: ['kefu', 'lianxi'], support: ['kefu'], sales: ['xiaoshou'], noReply: [] },
};
