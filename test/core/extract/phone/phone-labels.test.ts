import { describe, expect, it } from 'vitest';
import { faxLabelAfter, idLabelBefore, labelLine, lastLabel } from '../../../../src/core/extract/phone/labels.js';

describe('lastLabel', () => {
  it('reads phone labels in several languages', () => {
    for (const t of ['Tel: ', 'Phone ', 'Telefon: ', 'Tél. ', 'Teléfono: ', 'Call us on ', 'Toll-free: ', 'T: ', 'Hotline ', 'Contact number: ']) {
      expect(lastLabel(t), t).toBe('phone');
    }
  });
  it('reads fax labels, including one-letter and French ones', () => {
    for (const t of ['Fax: ', 'Telefax ', 'Facsimile: ', 'Téléc. ', 'Télécopie : ', 'F: ', 'Fx ']) expect(lastLabel(t), t).toBe('fax');
  });
  it('reads a bare one-letter label only right before the number', () => {
    expect(lastLabel('T +44 117 496 0123 F ')).toBe('fax');
    expect(lastLabel('T ')).toBe('phone');
    expect(lastLabel('Suite F, Block C, ')).toBeUndefined();
  });
  it('takes the label nearest the end', () => {
    expect(lastLabel('Fax: 555 0100, Phone: ')).toBe('phone');
    expect(lastLabel('Phone: 555 0100 · Fax ')).toBe('fax');
  });
  it('reads a joined label as both', () => {
    for (const t of ['Tel/Fax: ', 'Phone & Fax ', 'Tel. und Fax: ', 'Tél./fax ']) expect(lastLabel(t), t).toBe('both');
  });
  it('does not read words that merely contain a label or a lone initial', () => {
    for (const t of ['Hotel Bristol ', 'Telegraph Road ', 'Faxon Street ', 'John F Kennedy ', 'Suite F ']) expect(lastLabel(t), t).toBeUndefined();
  });
});

describe('idLabelBefore', () => {
  it('sees identifier labels right before a number', () => {
    for (const t of [
      'SKU: ',
      'EAN ',
      'VAT No. ',
      'USt-IdNr.: ',
      'IBAN ',
      'Order No. ',
      'Invoice #',
      'Company number ',
      'Registered in England and Wales No. ',
      'S/N: ',
      'HRB ',
    ]) {
      expect(idLabelBefore(t), t).toBe(true);
    }
  });
  it('lets phone lines through', () => {
    for (const t of ['Orders: ', 'To order, call ', 'Customer service: ', 'Account managers call ', 'Tel: ']) expect(idLabelBefore(t), t).toBe(false);
  });
  it('only looks at the words right before the number', () => {
    expect(idLabelBefore('SKU 1234 in stock. Questions? Call ')).toBe(false);
  });
});

describe('faxLabelAfter', () => {
  it('reads "fax" after the number when it ends the line or the item', () => {
    expect(faxLabelAfter(' (fax)')).toBe(true);
    expect(faxLabelAfter(' fax')).toBe(true);
    expect(faxLabelAfter(' – Fax | Mon–Fri')).toBe(true);
  });
  it("leaves the next number's label alone", () => {
    expect(faxLabelAfter(' Fax: 555 0199')).toBe(false);
    expect(faxLabelAfter(' phone')).toBe(false);
  });
});

describe('labelLine', () => {
  it('reads a line that ends with a label', () => {
    expect(labelLine('Fax:')).toBe('fax');
    expect(labelLine('Factory fax number')).toBe('fax');
    expect(labelLine('Main office telephone')).toBe('phone');
    expect(labelLine('Tel / Fax')).toBe('both');
  });
  it('ignores lines with numbers, long sentences, or words after the label', () => {
    expect(labelLine('Fax: 555 0199')).toBeUndefined();
    expect(labelLine('Please send us a fax with your order details today')).toBeUndefined();
    expect(labelLine('Phone support hours')).toBeUndefined();
  });
});

describe('labels in every language pack', () => {
  it('reads phone and fax labels of languages written with and without spaces', () => {
    for (const [text, want] of [
      ['代表電話：', 'phone'],
      ['ファックス ', 'fax'],
      ['팩스: ', 'fax'],
      ['대표전화 ', 'phone'],
      ['传真：', 'fax'],
      ['Факс: ', 'fax'],
      ['tel. kom. ', 'phone'],
      ['Växel: ', 'phone'],
      ['Tel. i faks: ', 'both'],
    ] as const)
      expect(lastLabel(text), text).toBe(want);
  });

  it('sees the registration numbers each country prints in an imprint', () => {
    for (const t of ['NIP: ', 'KvK ', 'CNPJ ', 'ИНН ', 'Org.nr ', 'Zamówienie nr ']) expect(idLabelBefore(t), t).toBe(true);
  });

  it('reads a label line with a full-width colon', () => {
    expect(labelLine('電話番号：')).toBe('phone');
  });
});
