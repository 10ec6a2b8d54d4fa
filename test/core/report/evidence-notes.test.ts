// Evidence notes in the reader's language: the HTML and Markdown reports word each note from its
// catalogue message (schema 2.2.0) and show a note without one (an older report) as written.
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../../src/core/report/formats/index.js';
import { evidenceNote } from '../../../src/core/score/check.js';
import { sampleReport } from './sample.js';

const SITE = 'https://vendor.example';
const depthNote = evidenceNote({
  key: 'checks_note_depth',
  params: {
    contact: { key: 'checks_note_contact', params: { role: { key: 'checks_note_role_support' }, kind: { key: 'checks_note_kind_email' } } },
    clicks: { key: 'reach_clicks', params: { count: 2 } },
    path: { key: 'checks_path', params: { steps: 'Support → Contact support' } },
  },
});

function report() {
  const r = sampleReport();
  const check = r.checks.find((c) => c.id === 'support-contact-depth')!;
  check.evidence = [{ url: `${SITE}/support/contact`, value: 'help@vendor.example', ...depthNote }, { note: 'an older note' }];
  return r;
}

describe('evidence notes in the reports', () => {
  it('the English note is the message rendered in English', () => {
    expect(depthNote.note).toBe('support email, 2 clicks: Home → Support → Contact support');
  });

  it.each(['html', 'md'] as const)('%s: in German from the message, an older note as written', (format) => {
    const de = formatReport(report(), format, 'de');
    expect(de).toContain('E-Mail (Support), 2 Klicks: Startseite → Support → Contact support');
    expect(de).not.toContain(depthNote.note);
    expect(de).toContain('an older note');
    expect(formatReport(report(), format, 'fr')).toContain('e-mail (support), 2 clics : Accueil → Support → Contact support');
    expect(formatReport(report(), format, 'en')).toContain(depthNote.note);
  });
});
