import { describe, expect, it } from 'vitest';
import { hoursIn } from '../../../src/core/reach/hours.js';

describe('hoursIn: opening hours next to a contact, in the packs’ languages', () => {
  it.each([
    ['Phone: (617) 555-0110, Mon–Fri 9 am–5 pm Eastern', 'Mon–Fri 9 am–5 pm'],
    ['Support: Mon-Fri 9:00-17:30', 'Mon-Fri 9:00-17:30'],
    ['Monday to Friday, 08:30–17:30', 'Monday to Friday, 08:30–17:30'],
    ['Hotline Mo–Fr 8–18 Uhr erreichbar', 'Mo–Fr 8–18 Uhr'],
    ['Service client : Lun-Ven 9h-18h', 'Lun-Ven 9h-18h'],
    ['お電話 平日 9:00〜18:00', '平日 9:00〜18:00'],
    ['Bel ons ma t/m vr 9.00 - 17.00 uur', 'ma t/m vr 9.00 - 17.00 uur'],
    ['weekdays 8am-6pm', 'weekdays 8am-6pm'],
  ])('%s', (text, hours) => {
    expect(hoursIn(text)).toBe(hours);
  });

  it('finds none in numbers, dates or words that only contain a day', () => {
    for (const text of ['Call 0800 123 456', 'Unit 12-14, Meadowbank', 'Mondays are 2-3 times busier', 'Open month 1-12', 'Order no. 2024-11-05', undefined]) {
      expect(hoursIn(text), String(text)).toBeUndefined();
    }
  });
});
