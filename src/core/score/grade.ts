import { CATEGORY_SHARE } from './category-share.js';

// Zod-free on purpose: the popup and the badge import the grades without the report schema.
export const GRADES = ['A', 'B', 'C', 'D', 'F'] as const;
export type Grade = (typeof GRADES)[number];

/**
 * Grade bands on the overall score (0 = in plain sight, 100 = not findable): a grade applies
 * below its bound; F from 40 up. Our judgement, anchored on the scoring model (score/index.ts):
 */
export const GRADE_BANDS: readonly { grade: Grade; below: number }[] = [
  // A: every contact one click away, even if only a general one (overall 8 with both at 1 click).
  { grade: 'A', below: 10 },
  // B: contacts within the 2 clicks BGH I ZR 228/03 accepted.
  { grade: 'B', below: 20 },
  // C: one channel missing or a contact 3 clicks deep (OLG Braunschweig 2 U 16/25: too much).
  { grade: 'C', below: 30 },
  // D: badly hidden, but both roles still findable.
  { grade: 'D', below: 40 },
  // F from 40: 40 is what a site scores when sales or support is not findable at all and everything else is perfect.
];

export function gradeFor(overall: number): Grade {
  return GRADE_BANDS.find((b) => overall < b.below)?.grade ?? 'F';
}

/**
 * A grade for the sales or support score alone. Together they make CATEGORY_SHARE.sales +
 * CATEGORY_SHARE.support (0.8) of the overall score, so the same bands apply to their combined
 * share: a category score of 12.5 grades like an overall 10.
 */
export function categoryGrade(score: number): Grade {
  return gradeFor(score * (CATEGORY_SHARE.sales + CATEGORY_SHARE.support));
}

/**
 * Grade colours: the toolbar badge, the popup's score boxes and the HTML report. Dark enough that white text on them passes WCAG AA (4.5:1), which the
 * popup's axe check verifies.
 */
export const GRADE_COLOURS: Record<Grade, string> = {
  A: '#1a7f37',
  B: '#3f7a0e',
  C: '#8a6100',
  D: '#b04a00',
  F: '#b42318',
};
