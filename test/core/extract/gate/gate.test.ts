import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gateExtractor } from '../../../../src/core/extract/gate/gate.js';
import { gatesIn, sentences } from '../../../../src/core/extract/gate/match.js';
import { parsePage } from '../../../../src/core/page/parsed-page.js';

const page = (body: string, title = 'Contact', url = 'https://acme.example/contact') =>
  parsePage(url, `<html><head><title>${title}</title></head><body>${body}</body></html>`);

describe('gateExtractor', () => {
  it('finds a serial-number gate with its sentence, region and a support role', () => {
    const found = gateExtractor.extract(page('<main><h2>Call us</h2><p>Opening hours 9–5. Please have your serial number ready when you call.</p></main>'));
    expect(found).toEqual([
      {
        kind: 'gate',
        value: 'serial-number',
        role: 'support',
        flags: ['serial-number'],
        context: 'Please have your serial number ready when you call.',
        region: 'main',
      },
    ]);
  });

  it('finds sign-in and paid-plan gates on one page, once each', () => {
    const found = gateExtractor.extract(
      page(
        '<p>Sign in to open a support ticket.</p><p>Log in to contact support.</p><footer><p>Phone support is available on Premium and Enterprise plans.</p></footer>',
      ),
    );
    expect(found.map((f) => [f.value, f.role, f.region])).toEqual([
      ['sign-in', 'support', 'main'],
      ['paid-plan', 'support', 'footer'],
    ]);
  });

  it('takes the role from the heading when the sentence names none', () => {
    const [gate] = gateExtractor.extract(page('<h2>Vertrieb</h2><p>Bitte melden Sie sich an, um uns zu kontaktieren.</p>'));
    expect(gate).toMatchObject({ value: 'sign-in', role: 'sales' });
  });

  it('prefers a sentence that names a role over an earlier general one', () => {
    const found = gateExtractor.extract(page('<p>Log in to contact us.</p><p>Log in to chat with sales.</p>', 'Acme'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ value: 'sign-in', role: 'sales', context: 'Log in to chat with sales.' });
  });

  it('finds nothing on a page without gates', () => {
    expect(gateExtractor.extract(page('<nav><a href="/login">Sign in</a> <a href="/contact">Contact support</a></nav><p>Call us on 0800 123.</p>'))).toEqual(
      [],
    );
  });

  it('does not read hidden text or scripts', () => {
    expect(gateExtractor.extract(page('<p hidden>Have your serial number ready.</p><script>"Sign in to contact support"</script>'))).toEqual([]);
  });
});

// One row per language and gate: text → expected gate values.
const POSITIVE: [string, string][] = [
  ['Please have your serial number ready before you call.', 'serial-number'],
  ['Enter your service tag to contact technical support.', 'serial-number'],
  ['You will need your order number to contact our support team.', 'serial-number'],
  ['Bitte halten Sie Ihre Seriennummer bereit.', 'serial-number'],
  ['Für Supportanfragen benötigen wir Ihre Kundennummer.', 'serial-number'],
  ['Munissez-vous de votre numéro de série avant votre appel.', 'serial-number'],
  ['Veuillez indiquer votre numéro de commande pour contacter le service client.', 'serial-number'],
  ['Tenga a mano el número de serie de su equipo.', 'serial-number'],
  ['Per contattare l’assistenza è necessario inserire il numero di serie.', 'serial-number'],
  ['Houd uw serienummer bij de hand.', 'serial-number'],
  ['Tenha em mãos o número de série do produto.', 'serial-number'],
  ['Sign in to open a ticket.', 'sign-in'],
  ['Log in to request a quote.', 'sign-in'],
  ['You must be logged in to contact support.', 'sign-in'],
  ['Live chat is only available to registered customers.', 'sign-in'],
  ['Bitte melden Sie sich an, um eine Supportanfrage zu stellen.', 'sign-in'],
  ['Connectez-vous pour contacter notre assistance.', 'sign-in'],
  ['Inicia sesión para abrir un ticket de soporte.', 'sign-in'],
  ['Accedi al tuo account per aprire una richiesta di assistenza.', 'sign-in'],
  ['Log in om contact op te nemen met de klantenservice.', 'sign-in'],
  ['Faça login para abrir um chamado.', 'sign-in'],
  ['Phone support is available on Premium and Enterprise plans.', 'paid-plan'],
  ['Paid support plans include 24/7 phone access.', 'paid-plan'],
  ['A valid support contract is required to open a case.', 'paid-plan'],
  ['Telefonischer Support ist kostenpflichtig.', 'paid-plan'],
  ['Die Hotline steht nur mit einem gültigen Wartungsvertrag zur Verfügung.', 'paid-plan'],
  ['Le support téléphonique est réservé aux offres Premium.', 'paid-plan'],
  ['El soporte telefónico está disponible solo en los planes Premium.', 'paid-plan'],
  ['Il supporto telefonico è disponibile solo nei piani Premium.', 'paid-plan'],
  ['Telefonische ondersteuning is beschikbaar voor het Premium abonnement.', 'paid-plan'],
  ['O suporte por telefone está disponível apenas nos planos Premium.', 'paid-plan'],
  ['Kostenpflichtiger Support ist für Privatkunden verfügbar.', 'paid-plan'],
  ['Le support payant est proposé par téléphone.', 'paid-plan'],
  ['Per assistenza telefonica è richiesto un contratto di assistenza.', 'paid-plan'],
  ['Voor telefonische support is een supportcontract nodig.', 'paid-plan'],
  ['Halten Sie Ihre Kundennummer bereit, wenn Sie uns anrufen.', 'serial-number'],
  ['Ten a mano tu número de pedido antes de llamar.', 'serial-number'],
  ['Bitte loggen Sie sich ein, um den Chat zu nutzen.', 'sign-in'],
  ['Vous devez être connecté pour contacter le support.', 'sign-in'],
  ['Debes iniciar sesión para contactar con soporte.', 'sign-in'],
  ['Devi effettuare l’accesso per contattare l’assistenza.', 'sign-in'],
  ['Je moet ingelogd zijn om contact op te nemen.', 'sign-in'],
  ['É necessário fazer login para falar com o suporte.', 'sign-in'],
];

const NEGATIVE: string[] = [
  'The serial number is on the back of the device.',
  'Where do I find my serial number?',
  'Die Seriennummer finden Sie auf dem Typenschild.',
  'Le numéro de série se trouve sous l’appareil.',
  'Sign in',
  'Sign in to your account to view your orders.',
  'Log in to manage your subscription.',
  'Contact support',
  'Our Premium plan includes 50 GB of storage.',
  'Premium support',
  'Die Hotline ist kostenpflichtig (14 ct/Min. aus dem Festnetz).',
  'Entre em contato para mais informações.',
  'Iniciar sesión Contacto Soporte',
  'Enter your serial number to check your warranty status.',
  'Contact us if you cannot find your serial number.',
  'Register your product with its serial number to extend the warranty.',
  'Log in to view your invoices.',
  'Include the model and the serial number from the housing label with your request.',
  'Gratis-Hotline: 0800 123 456',
  'Les appels sont gratuits depuis un poste fixe.',
];

describe('gatesIn', () => {
  it.each(POSITIVE)('%s → %s', (text, value) => {
    expect(gatesIn(text)).toEqual([value]);
  });

  it.each(NEGATIVE)('no gate: %s', (text) => {
    expect(gatesIn(text)).toEqual([]);
  });

  it('ignores over-long run-on text', () => {
    expect(gatesIn(`${'word '.repeat(200)} have your serial number ready`)).toEqual([]);
  });

  it('stays fast on hostile text', () => {
    const t0 = Date.now();
    for (let i = 0; i < 50; i++) gatesIn('available '.repeat(59));
    expect(Date.now() - t0).toBeLessThan(1000);
  });
});

describe('sentences', () => {
  it('splits on lines and full stops before a capital, not on abbreviations', () => {
    expect(sentences('Hi there. Have your serial no. ready!\nNext line')).toEqual(['Hi there.', 'Have your serial no. ready!', 'Next line']);
  });
});

describe('gateExtractor: odd HTML', () => {
  const pieces = [
    '<p>',
    '</p>',
    'Sign in to ',
    'contact support',
    ' serial number ',
    'ready',
    '. ',
    '\n',
    '<br>',
    'Premium plans ',
    'available on ',
    '<h2>',
    '</h2>',
    '¿',
    'É',
    '’',
  ];
  it('never throws and returns at most one finding per gate value', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const found = gateExtractor.extract(page(parts.join('')));
        expect(new Set(found.map((f) => f.value)).size).toBe(found.length);
        for (const f of found) expect(f.flags).toEqual([f.value]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('gateExtractor: whole pages', () => {
  it('finds nothing on a product page that talks about serial numbers, sign-in and plans', () => {
    const product = `
      <header><nav><ul><li><a href="/login">Sign in</a></li><li><a href="/support">Support</a></li><li><a href="/pricing">Pricing</a></li></ul></nav></header>
      <main><h1>Acme Router X2</h1>
        <p>The serial number is printed on the label on the back of the device.</p>
        <p>Our Premium plan adds parental controls and 50 GB of cloud backup.</p>
        <p>Log in to the router's web interface to change the Wi-Fi password.</p>
        <table><tr><th>Serial number format</th><td>AX-0000-0000</td></tr></table>
      </main>
      <footer><p>© Acme. <a href="/help">Help</a> · <a href="/privacy">Privacy</a></p></footer>`;
    expect(gateExtractor.extract(page(product, 'Acme Router X2', 'https://acme.example/products/x2'))).toEqual([]);
  });

  it('finds every gate on a support contact page, with roles', () => {
    const support = `
      <main><h1>Contact technical support</h1>
        <p>Before you call, please have your product's serial number ready. Our team answers Monday to Friday.</p>
        <h2>Open a ticket</h2><p>You must sign in to open a support ticket.</p>
        <h2>Phone</h2><p>Phone support is only available to Premium and Business plan customers.</p>
      </main>`;
    const found = gateExtractor.extract(page(support, 'Support | Acme', 'https://acme.example/support/contact'));
    expect(found.map((f) => [f.value, f.role])).toEqual([
      ['serial-number', 'support'],
      ['sign-in', 'support'],
      ['paid-plan', 'support'],
    ]);
  });
});

describe('gateExtractor: checklists', () => {
  it('reads "have ready" followed by a list naming the serial number', () => {
    const html =
      '<h2>Before you call</h2><p>Please have the following information ready:</p><ul><li>Your product serial number</li><li>Proof of purchase</li></ul>';
    const [gate] = gateExtractor.extract(page(html));
    expect(gate).toMatchObject({ value: 'serial-number', role: 'support', context: 'Please have the following information ready: Your product serial number' });
  });

  it('reads a German checklist', () => {
    const html = '<p>Bitte halten Sie folgende Angaben bereit:</p><ul><li>Kundennummer</li><li>Gerätetyp</li></ul>';
    expect(gateExtractor.extract(page(html)).map((f) => f.value)).toEqual(['serial-number']);
  });

  it('does not read a bare "Before you call" heading as a checklist', () => {
    const html = '<h2>Before you contact us</h2><ul><li>Where is my serial number?</li></ul>';
    expect(gateExtractor.extract(page(html))).toEqual([]);
  });

  it('does not link a "have ready" sentence to a serial number far below it', () => {
    const html = `<p>Please have the following ready:</p>${'<li>Filler item</li>'.repeat(8)}<li>The serial number is on the back.</li>`;
    expect(gateExtractor.extract(page(html))).toEqual([]);
  });
});
