/**
 * Vanity numbers ("1-800-FLOWERS", "1-888-GO-APPLE", "800-7FANNIE"): the letters are dialled on a
 * phone keypad. Only after a North American toll-free prefix, where vanity numbers live: letters
 * after any other digits are words ("Call 555 today"), not a number.
 * Length-preserving, so offsets found in the dialled text point into the original.
 */

const KEYPAD: Record<string, string> = {};
for (const [digit, letters] of Object.entries({ 2: 'ABC', 3: 'DEF', 4: 'GHI', 5: 'JKL', 6: 'MNO', 7: 'PQRS', 8: 'TUV', 9: 'WXYZ' })) {
  for (const l of letters) KEYPAD[l] = digit;
}

/** Toll-free prefix (NANP: 800, 833, 844, 855, 866, 877, 888), then 7+ keypad characters in one token
 *  with at least two letters. Bounded repetition: no catastrophic backtracking. */
const VANITY = /(?<![\p{L}\d])((?:\+?1[-.\s])?\(?8(?:00|33|44|55|66|77|88)\)?[-.\s])([A-Za-z0-9](?:[-.]?[A-Za-z0-9]){6,11})(?![\p{L}\d])/gu;
/** "303.333.PAUL", "(212) 555-PIZZA" would be 5: area code and exchange in digits, the last four
 *  in capitals (the line number is where local vanity words go). */
const LOCAL_VANITY = /(?<![\p{L}\d])(\(?\d{3}\)?[-.\s]?\d{3}[-.])([A-Z]{4})(?![\p{L}\d])/gu;
/** A NANP subscriber number has 7 digits; vanity words may run longer ("1-800-MATTRESS"), extra letters are not dialled. */
const SUBSCRIBER_DIGITS = 7;

/** Cheap test before the regex: a digit then letters, as in "800-FLOWERS". */
export function mayHaveVanity(text: string): boolean {
  return /8\d\d\)?[-.\s][A-Za-z0-9-.]*[A-Za-z]{2}|\d{3}[-.][A-Z]{4}/.test(text);
}

/**
 * Letters that are a vanity number, not words: at least two, in capitals ("800-FLOWERS") unless the
 * number is written whole with hyphens ("1-800-Flowers"); and a hyphen, a dot or a leading 1 before
 * them, so an address ("800 BROADWAY") is not dialled.
 */
function isVanity(prefix: string, word: string): boolean {
  const letters = word.replace(/[^A-Za-z]/g, '');
  if (letters.length < 2) return false;
  const whole = /^\+?1[-.]/.test(prefix);
  if (letters !== letters.toUpperCase() && !whole) return false;
  return whole || /[-.]$/.test(prefix);
}

export interface Dialled {
  text: string;
  /** Start offsets of the vanity numbers dialled. */
  starts: number[];
}

export function dialVanity(text: string): Dialled {
  const starts: number[] = [];
  if (!mayHaveVanity(text)) return { text, starts };
  const out = text.replace(VANITY, (whole, prefix: string, word: string, offset: number) => {
    if (!isVanity(prefix, word)) return whole;
    starts.push(offset);
    let digits = 0;
    const dialled = [...word]
      .map((ch) => {
        if (/[-.]/.test(ch)) return ch;
        digits++;
        // Keep the length: characters past the seventh are blanked, not dropped.
        if (digits > SUBSCRIBER_DIGITS) return ' ';
        return /\d/.test(ch) ? ch : (KEYPAD[ch.toUpperCase()] ?? ch);
      })
      .join('');
    return prefix + dialled;
  });
  const local = out.replace(LOCAL_VANITY, (_, prefix: string, word: string, offset: number) => {
    starts.push(offset);
    return prefix + [...word].map((ch) => KEYPAD[ch] ?? ch).join('');
  });
  return { text: local, starts };
}
