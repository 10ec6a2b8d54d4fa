import { describe, expect, it } from 'vitest';
import { rolesIn } from '../../../src/core/role/classify-role.js';
import { mentions } from '../../../src/core/role/role-matcher.js';
import { SALES_WORDS, SUPPORT_WORDS } from '../../../src/core/role/role-words.js';
import { fold } from '../../../src/core/role/fold.js';

// Each row: a phrase as a vendor writes it, and which roles it names.
const NAMES: [string, 'sales' | 'support' | 'both' | 'none'][] = [
  // en
  ['Talk to sales', 'sales'],
  ['Sales enquiries', 'sales'],
  ['Wholesale', 'sales'],
  ['Request a quote', 'sales'],
  ['Book a demo', 'sales'],
  ['Where to buy', 'sales'],
  ['Pre-sales questions', 'sales'],
  ['New customers', 'sales'],
  ['Technical support', 'support'],
  ['Customer Service', 'support'],
  ['Help Center', 'support'],
  ['helpdesk', 'support'],
  ['Help-desk', 'support'],
  ['After-sales service', 'support'],
  ['Warranty & repairs', 'support'],
  ['Existing customers', 'support'],
  ['Track your order', 'support'],
  ['Enterprise support', 'support'],
  ['Sales and support', 'both'],
  ['Sales & Support', 'both'],
  ['Contact us', 'none'],
  ['Supporting documents', 'none'],
  ['Help us improve this page', 'none'],
  ['Summer sale: 20% off', 'none'],
  ['Sales tax included', 'none'],
  ['Supported browsers', 'none'],
  ['Helpful links', 'none'],
  ['Salesforce integration', 'none'],
  ['How can we help?', 'none'],
  ['Ticketmaster', 'none'],
  ['© Hewlett Packard Enterprise', 'none'],
  ['Commercial register: HRB 12345', 'none'],
  ['For non-commercial use', 'none'],
  ['Enterprise enquiries', 'sales'],
  ['Customer success stories', 'none'],
  // de
  ['Vertrieb', 'sales'],
  ['Vertriebsteam Deutschland', 'sales'],
  ['Verkaufsberatung', 'sales'],
  ['Angebot anfordern', 'sales'],
  ['Neukunden', 'sales'],
  ['Kundenservice', 'support'],
  ['Kundendienst-Hotline', 'support'],
  ['Technischer Support', 'support'],
  ['Störungsmeldung', 'support'],
  ['Reklamationen', 'support'],
  ['Rücksendungen', 'support'],
  ['Allgemeine Verkaufsbedingungen', 'none'],
  ['Ausverkauft', 'none'],
  ['Wie können wir helfen?', 'none'],
  ['Vertrieb und Service-Hotline', 'both'],
  ['Kaufberatung', 'sales'],
  ['Großhandel', 'sales'],
  ['Bestandskunden', 'support'],
  ['Hilfe & FAQ', 'support'],
  ['Garantieabwicklung', 'support'],
  ['Ersatzteile', 'support'],
  ['Vertriebs-Hotline', 'sales'],
  // fr
  ['Service commercial', 'sales'],
  ['Demande de devis', 'sales'],
  ['Ventes', 'sales'],
  ['Avant-vente', 'sales'],
  ['Service client', 'support'],
  ['SAV', 'support'],
  ['Service après-vente', 'support'],
  ["Centre d'aide", 'support'],
  ['Assistance technique', 'support'],
  ['Conditions générales de vente', 'none'],
  ['Comment pouvons-nous vous aider ?', 'none'],
  ['Devenir revendeur', 'sales'],
  ['Nouveaux clients', 'sales'],
  ['Déjà client ?', 'support'],
  ['Réclamations', 'support'],
  ['Relation client', 'support'],
  ['Avec l’aide de nos partenaires', 'none'],
  ['Ventes et SAV', 'both'],
  // es
  ['Ventas', 'sales'],
  ['Solicitar presupuesto', 'sales'],
  ['Departamento comercial', 'sales'],
  ['Cotización', 'sales'],
  ['Atención al cliente', 'support'],
  ['Soporte técnico', 'support'],
  ['Servicio técnico', 'support'],
  ['Posventa', 'support'],
  ['Condiciones generales de venta', 'none'],
  ['Ventas y soporte', 'both'],
  ['Distribuidores', 'sales'],
  ['Nuevos clientes', 'sales'],
  ['Centro de ayuda', 'support'],
  ['Devoluciones', 'support'],
  ['Ya soy cliente', 'support'],
  ['Reclamaciones', 'support'],
  ['¿En qué podemos ayudarte?', 'none'],
  ['En venta', 'none'],
  // it
  ['Ufficio commerciale', 'sales'],
  ['Richiedi un preventivo', 'sales'],
  ['Vendite', 'sales'],
  ['Servizio clienti', 'support'],
  ['Assistenza tecnica', 'support'],
  ['Assistenza post-vendita', 'support'],
  ['Condizioni di vendita', 'none'],
  ['Trova un rivenditore', 'sales'],
  ['Area commerciale', 'sales'],
  ['Centro assistenza', 'support'],
  ['Reclami', 'support'],
  ['Supporto tecnico', 'support'],
  ['In vendita da oggi', 'none'],
  ['Come possiamo aiutarti?', 'none'],
  ['Vendite e assistenza', 'both'],
  // nl
  ['Verkoop', 'sales'],
  ['Offerte aanvragen', 'sales'],
  ['Klantenservice', 'support'],
  ['Technische ondersteuning', 'support'],
  ['Storingen melden', 'support'],
  ['Algemene verkoopvoorwaarden', 'none'],
  ['Hoe kunnen we je helpen?', 'none'],
  ['Nieuwe klanten', 'sales'],
  ['Groothandel', 'sales'],
  ['Bestaande klanten', 'support'],
  ['Veelgestelde vragen', 'support'],
  ['Klachten', 'support'],
  ['Vragen over je bestelling', 'support'],
  ['Verkoop en klantenservice', 'both'],
  ['Storingsdienst 24/7', 'support'],
  ['We are storing your data securely', 'none'],
  // pt
  ['Vendas', 'sales'],
  ['Pedir orçamento', 'sales'],
  ['Atendimento comercial', 'sales'],
  ['Suporte técnico', 'support'],
  ['Atendimento ao cliente', 'support'],
  ['Horário de atendimento: 9h às 18h', 'none'],
  ['Registro comercial', 'none'],
  ['SAC', 'support'],
  ['Pós-venda', 'support'],
  ['Condições gerais de venda', 'none'],
  ['Novos clientes', 'sales'],
  ['Seja um revendedor', 'sales'],
  ['Central de ajuda', 'support'],
  ['Assistência técnica', 'support'],
  ['Trocas e devoluções', 'support'],
  ['Já sou cliente', 'support'],
  ['Vendas e suporte', 'both'],
];

describe('rolesIn', () => {
  it.each(NAMES)('%s → %s', (text, expected) => {
    const { sales, support } = rolesIn(text);
    const got = sales && support ? 'both' : sales ? 'sales' : support ? 'support' : 'none';
    expect(got).toBe(expected);
  });

  it('reads nothing from empty or missing text', () => {
    expect(rolesIn(undefined)).toEqual({ sales: false, support: false });
    expect(rolesIn('')).toEqual({ sales: false, support: false });
  });

  it('marks press, jobs and general enquiries as another function', () => {
    for (const t of ['Press office', 'Karriere', 'General enquiries', 'Prensa', 'Datenschutzbeauftragter']) {
      expect(mentions(t)).toEqual({ sales: false, support: false, other: true });
    }
  });

  it('never lists one word as both sales and support', () => {
    const sales = new Set(Object.values(SALES_WORDS).flat().map(fold));
    const clash = Object.values(SUPPORT_WORDS)
      .flat()
      .map(fold)
      .filter((w) => sales.has(w));
    expect(clash).toEqual([]);
  });

  it('stays fast on a long hostile text', () => {
    const t0 = Date.now();
    rolesIn('support-'.repeat(50_000));
    expect(Date.now() - t0).toBeLessThan(500);
  });
});

describe('rolesIn: orders and mailboxes', () => {
  it.each([
    ['Questions about your order?', 'support'],
    ['Place your order by phone', 'sales'],
    ['Fragen zu Ihrer Bestellung', 'support'],
    ['Bestellung aufgeben', 'sales'],
    ['Suivi de votre commande', 'support'],
    ['Passer commande', 'sales'],
    ['¿Dónde está mi pedido?', 'support'],
    ['Hacer un pedido', 'sales'],
    ['Il tuo ordine', 'support'],
    ['Faça seu pedido', 'sales'],
    ['Status do meu pedido', 'support'],
    ['service@acme.de', 'support'],
    ['sales@acme.com', 'sales'],
    ['info@acme.com', 'none'],
    ['Service des ventes', 'sales'],
  ] as const)('%s → %s', (text, expected) => {
    const { sales, support } = rolesIn(text);
    expect(sales && support ? 'both' : sales ? 'sales' : support ? 'support' : 'none').toBe(expected);
  });
});
