// Grade letters and colours come from the core (src/core/score/grade.ts, zod-free), shared by the
// popup, the toolbar badge and the HTML report so all agree; the words are the popup's catalogue messages.
import type { Grade } from '../core/score/grade.js';

export { categoryGrade, gradeFor as overallGrade, type Grade } from '../core/score/grade.js';

export { GRADE_COLOURS } from '../core/score/grade.js';

/** What each grade means, as catalogue keys: "in plain sight" ... "very hard or impossible to find". */
export const GRADE_WORD_KEYS = {
  A: 'popup_grade_a',
  B: 'popup_grade_b',
  C: 'popup_grade_c',
  D: 'popup_grade_d',
  F: 'popup_grade_f',
} as const satisfies Record<Grade, string>;
