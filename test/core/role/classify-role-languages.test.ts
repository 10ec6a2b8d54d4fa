import { describe, expect, it } from 'vitest';
import { classifyRole, type RoleSignals } from '../../../src/core/role/classify-role.js';
import type { Role } from '../../../src/core/types.js';

// Per language: a label, heading, title or URL as vendors write them, and the role it gives.
// Each row exercises one signal with the stronger ones silent.
const ROWS: [lang: string, signals: RoleSignals, role: Role][] = [
  ['en', { near: 'Questions before you buy? Call 0800 123' }, 'sales'],
  ['en', { near: 'Call 0800 123', heading: 'Existing customers' }, 'support'],
  ['en', { near: 'Call 0800 123', heading: 'Head office' }, 'general'],
  ['en', { title: 'Get a quote | Acme' }, 'sales'],
  ['en', { url: 'https://acme.example/customer-care/contact' }, 'support'],
  ['en', { near: 'Sales, service and parts: 0800 123' }, 'sales'],
  ['en', { near: 'Sales, support and parts: 0800 123' }, 'general'],
  ['de', { near: 'Vertriebsinnendienst: 030 123' }, 'sales'],
  ['de', { heading: 'Technischer Kundendienst' }, 'support'],
  ['de', { heading: 'Kontakt', title: 'Kontakt – Holzwerk' }, 'general'],
  ['de', { url: 'https://holz.example/de/kundenservice/kontakt' }, 'support'],
  ['de', { near: 'Presseanfragen richten Sie bitte an presse@holz.example', heading: 'Vertrieb' }, 'general'],
  ['fr', { near: 'Service commercial : 01 99 00 12 34' }, 'sales'],
  ['fr', { heading: 'Service après-vente (SAV)' }, 'support'],
  ['fr', { title: 'Nous contacter – Atelier' }, 'general'],
  ['fr', { url: 'https://atelier.example/fr/aide/contact' }, 'support'],
  ['es', { near: 'Departamento de ventas: 91 123 45 67' }, 'sales'],
  ['es', { heading: 'Atención al cliente' }, 'support'],
  ['es', { title: 'Contacto | Empresa' }, 'general'],
  ['es', { url: 'https://empresa.example/es/soporte' }, 'support'],
  ['it', { near: 'Ufficio vendite: 02 1234 5678' }, 'sales'],
  ['it', { heading: 'Assistenza clienti' }, 'support'],
  ['it', { title: 'Contatti – Azienda' }, 'general'],
  ['it', { url: 'https://azienda.example/it/preventivo' }, 'sales'],
  ['nl', { near: 'Verkoopafdeling: 020 123 4567' }, 'sales'],
  ['nl', { heading: 'Klantenservice' }, 'support'],
  ['nl', { title: 'Contact – Bedrijf' }, 'general'],
  ['nl', { url: 'https://bedrijf.example/nl/offerte-aanvragen' }, 'sales'],
  ['pt', { near: 'Departamento comercial: 21 123 4567' }, 'sales'],
  ['pt', { heading: 'Apoio ao cliente' }, 'support'],
  ['pt', { title: 'Fale conosco – Empresa' }, 'general'],
  ['pt', { url: 'https://empresa.example/pt/suporte' }, 'support'],
];

describe('classifyRole across languages', () => {
  it.each(ROWS)('%s: %j → %s', (_lang, signals, role) => {
    expect(classifyRole(signals)).toBe(role);
  });
});
