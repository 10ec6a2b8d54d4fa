/**
 * How much the sales and the support scores each count in the overall score; the site-wide checks
 * make up the remaining fifth (see score/index.ts). Sales and support count alike: a vendor owes
 * both (our judgement). Its own module so the grades can use it without the whole scoring model.
 */
export const CATEGORY_SHARE = { sales: 0.4, support: 0.4 } as const;
