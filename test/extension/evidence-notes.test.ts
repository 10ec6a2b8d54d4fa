// The popup words a failed check's evidence in the browser's language: the note's catalogue message
// survives the message schema between background and popup, and a note without one is shown as written.
import { describe, expect, it } from 'vitest';
import { AuditStateSchema } from '../../src/messages.js';
import { viewModel } from '../../src/popup/view-model.js';
import { translator } from '../../src/core/i18n/catalogue.js';
import { evidenceNote } from '../../src/core/score/check.js';
import { doneState, SITE } from './fixtures.js';

const NOW = new Date('2026-11-25T10:05:00.000Z');

describe('popup: evidence notes', () => {
  it('in German after the state crosses the message schema; an older note as written', () => {
    const state = doneState([]);
    const note = evidenceNote({ key: 'checks_note_from_start', params: { clicks: { key: 'reach_clicks', params: { count: 3 } } } });
    const check = state.report!.checks.find((c) => c.status === 'fail')!;
    check.evidence = [{ url: `${SITE}/deep`, ...note }, { note: 'deepest' }];
    const parsed = AuditStateSchema.parse(state);
    const evidence = (t: ReturnType<typeof translator>) => viewModel(parsed, t, NOW).failedChecks[0]!.evidence;
    expect(evidence(translator('de'))).toEqual([`3 Klicks von der Startseite — ${SITE}/deep`, 'deepest']);
    expect(evidence(translator('en'))).toEqual([`3 clicks from the start page — ${SITE}/deep`, 'deepest']);
  });
});
