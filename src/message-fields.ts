// The bounded fields every message is made of (messages.ts, other-host-messages.ts): page text and
// URLs are untrusted and capped; counts are whole and not negative.
import * as z from 'zod/mini';

export const Text = z.string().check(z.maxLength(2000));
export const Url = z.string().check(z.maxLength(4096));
export const Count = z.number().check(z.int(), z.nonnegative());
