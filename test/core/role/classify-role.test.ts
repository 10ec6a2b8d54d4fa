import { describe, expect, it } from 'vitest';
import { classifyRole, type RoleSignals } from '../../../src/core/role/classify-role.js';
import type { Role } from '../../../src/core/types.js';

const CASES: [string, RoleSignals, Role][] = [
  ['a label beats the heading', { near: 'Sales: +1 555 0100', heading: 'Support' }, 'sales'],
  ['the heading decides when the label is silent', { near: '+1 555 0100', heading: 'Kundenservice' }, 'support'],
  ['the title decides after the heading', { near: '+1 555', heading: 'Call us', title: 'Contact Sales | Acme' }, 'sales'],
  ['the URL decides last', { near: '+1 555', url: 'https://acme.example/en/support/contact' }, 'support'],
  ['a support subdomain counts', { url: 'https://support.acme.example/contact' }, 'support'],
  ['www is not a word', { url: 'https://www.acme.example/contact' }, 'general'],
  ['nothing said → general', { near: 'Call us', heading: 'Contact us', title: 'Acme', url: 'https://acme.example/contact' }, 'general'],
  ['both named in the label → general, not the title', { near: 'Sales and support: 555', title: 'Support' }, 'general'],
  ['a press label is not the support line of a support page', { near: 'Press: +1 555', title: 'Support' }, 'general'],
  ['general enquiries stay general', { near: 'General enquiries', heading: 'Sales' }, 'general'],
  ['a false friend falls through', { near: 'Supporting documents', heading: 'Vertrieb' }, 'sales'],
  ['help-us-improve falls through', { near: 'Help us improve', title: 'Acme' }, 'general'],
  ['supporting URL path is not support', { url: 'https://acme.example/supporting-documents' }, 'general'],
  ['a percent-encoded path is read', { url: 'https://acme.example/servi%C3%A7o-ao-cliente' }, 'support'],
  ['a malformed URL is ignored', { url: 'http://%' }, 'general'],
  // schema.org ContactPoint contactType
  ['contactType sales', { contactType: 'sales', near: 'Support' }, 'sales'],
  ['contactType customer service', { contactType: 'customer service' }, 'support'],
  ['contactType technical support', { contactType: 'technical support' }, 'support'],
  ['contactType billing support', { contactType: 'billing support' }, 'support'],
  ['contactType reservations', { contactType: 'reservations' }, 'sales'],
  ['contactType customer support', { contactType: 'Customer Support' }, 'support'],
  ['contactType emergency', { contactType: 'emergency' }, 'support'],
  ['contactType bill payment', { contactType: 'bill payment' }, 'support'],
  ['contactType Kundenservice', { contactType: 'Kundenservice' }, 'support'],
  ['contactType ventas', { contactType: 'Ventas' }, 'sales'],
  ['contactType sales and support', { contactType: 'sales and support', heading: 'Sales' }, 'general'],
  ['an unknown contactType defers to the label', { contactType: 'headquarters', near: 'Vertrieb' }, 'sales'],
];

describe('classifyRole', () => {
  it.each(CASES)('%s', (_name, signals, expected) => {
    expect(classifyRole(signals)).toBe(expected);
  });

  it('returns general with no signals at all', () => {
    expect(classifyRole({})).toBe('general');
  });
});
