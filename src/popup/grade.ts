// Grade letters and colours come from the core (src/core/score/grade.ts, zod-free), shared by the
// popup, the toolbar badge and the HTML report so all agree; the words are the popup's.
import type { Grade } from '../core/score/grade.js';

export { categoryGrade, gradeFor as overallGrade, type Grade } from '../core/score/grade.js';

export { GRADE_COLOURS } from '../core/score/grade.js';

export const GRADE_WORDS: Record<Grade, string> = {
  A: 'in plain sight',
  B: 'easy to find',
  C: 'takes some looking',
  D: 'hidden',
  F: 'very hard or impossible to find',
};
