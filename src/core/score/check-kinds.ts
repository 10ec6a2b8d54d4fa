// What a check is about and how it came out: shared by the report schema (zod), the extension's
// messages (zod/mini) and the formatters, so this list is zod-free.

export const CHECK_CATEGORIES = ['sales', 'support', 'overall'] as const;
export type CheckCategory = (typeof CHECK_CATEGORIES)[number];

export const CHECK_STATUSES = ['pass', 'fail', 'not-applicable'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];
