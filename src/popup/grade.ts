// Grade letters and their colours, shared by the popup and the toolbar badge so both agree.
export type Grade = 'A' | 'B' | 'C' | 'D' | 'F';

/**
 * The report grades only the overall score (src/core/score/grade.ts: A below 10, B below 20, C below
 * 30, D below 40, F from 40). Sales and support each count 0.4 of the overall score, so together
 * they make 0.8 of it: their own grade uses the same bands divided by 0.8 (A below 12.5 ...).
 * Duplicated, not imported: the core's module pulls the full report schema (zod) into the popup.
 */
const OVERALL_BANDS: [below: number, grade: Grade][] = [
  [10, 'A'],
  [20, 'B'],
  [30, 'C'],
  [40, 'D'],
];
const CATEGORY_SHARE = 0.8;

export function overallGrade(score: number): Grade {
  return OVERALL_BANDS.find(([below]) => score < below)?.[1] ?? 'F';
}

export function categoryGrade(score: number): Grade {
  return overallGrade(score * CATEGORY_SHARE);
}

/**
 * Badge and score-box colours. Dark enough that white text on them passes WCAG AA (4.5:1), which the
 * popup's axe check verifies.
 */
export const GRADE_COLOURS: Record<Grade, string> = {
  A: '#1a7f37',
  B: '#3f7a0e',
  C: '#8a6100',
  D: '#b04a00',
  F: '#b42318',
};

export const GRADE_WORDS: Record<Grade, string> = {
  A: 'in plain sight',
  B: 'easy to find',
  C: 'takes some looking',
  D: 'hidden',
  F: 'very hard or impossible to find',
};
