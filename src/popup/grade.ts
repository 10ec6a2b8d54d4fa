// Grade letters come from the core (src/core/score/grade.ts, zod-free); their colours and words
// are the view's, shared by the popup and the toolbar badge so both agree.
import type { Grade } from '../core/score/grade.js';

export { categoryGrade, gradeFor as overallGrade, type Grade } from '../core/score/grade.js';

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
