// Grade letters and their colours, shared by the popup and the toolbar badge so both agree.
// The report carries only the overall grade; sales and support get theirs from the same bands.
export type Grade = 'A' | 'B' | 'C' | 'D' | 'F';

/**
 * Score bands (0 = in plain sight, 100 = not findable). Keep in step with the engine's grading in
 * src/core/score; the overall grade shown is always the report's own.
 */
const BANDS: [max: number, grade: Grade][] = [
  [20, 'A'],
  [40, 'B'],
  [60, 'C'],
  [80, 'D'],
];

export function gradeOf(score: number): Grade {
  return BANDS.find(([max]) => score <= max)?.[1] ?? 'F';
}

/**
 * Badge/background colours. Dark enough that white text on them passes WCAG AA (4.5:1), which the
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
