// Words that mark a contact as sales or support, per language (en, de, fr, es, it, nl, pt).
// Matched as whole words, case- and accent-insensitively, longest phrase first (see role-matcher.ts),
// so "after-sales" is support although it contains "sales". A trailing '*' matches a word start,
// for compounds ("vertrieb*" → Vertriebsteam). Kept as data so a new language is a few lines.
// Sources: vendors' own contact pages in each language; schema.org ContactPoint contactType values.

export const SALES_WORDS: Record<string, string[]> = {
  // Bare "sale" is left out ("Summer sale" is a discount), and bare "enterprise" (a company name:
  // "Hewlett Packard Enterprise" in a footer is no sales line).
  en: ['sales', 'sales team', 'sales support', 'buy', 'how to buy', 'where to buy', 'purchase', 'purchasing', 'pricing', 'quote', 'quotes', 'quotation', 'request a quote', 'get a quote', 'demo', 'book a demo', 'request a demo', 'talk to sales', 'contact sales', 'new business', 'enterprise enquiries', 'enterprise inquiries', 'orders', 'order line', 'ordering', 'place an order', 'bulk orders', 'place your order', 'order by phone', 'order now', 'sales@', 'pre-sales', 'presales', 'pre-sales support', 'wholesale', 'reseller', 'resellers', 'partnerships', 'business development', 'showroom', 'commercial enquiries', 'commercial inquiries', 'trade enquiries', 'new customers', 'new customer', 'prospective customers'],
  de: ['vertrieb*', 'verkauf*', 'kaufberatung', 'angebot', 'angebote', 'angebotsanfrage', 'preisanfrage', 'bestellung', 'bestellungen', 'bestellannahme', 'bestellen', 'bestellhotline', 'außendienst', 'aussendienst', 'beratung', 'neukunden', 'ihre bestellung aufgeben', 'bestellung aufgeben', 'großhandel', 'grosshandel'],
  fr: ['ventes', 'vente', 'commercial', 'commerciale', 'commerciaux', 'service commercial', 'devis', 'achat', 'commande', 'commandes', 'avant-vente', 'nouveaux clients', 'service des ventes', 'passer commande', 'passez commande', 'passer votre commande', 'nouveau client', 'revendeur*', 'grossiste*'],
  // "compras" is kept (es/pt "compras por teléfono" is shopping); it/fr procurement words are not.
  es: ['ventas', 'venta', 'comercial', 'departamento comercial', 'atencion comercial', 'presupuesto*', 'cotizacion*', 'cotizar', 'compras', 'comprar', 'pedidos', 'nuevos clientes', 'haga su pedido', 'hacer un pedido', 'realizar su pedido', 'realizar un pedido', 'mayorista*', 'distribuidor*'],
  it: ['vendite', 'vendita', 'commerciale', 'ufficio commerciale', 'area commerciale', 'preventivo', 'preventivi', 'ordini', 'ordina', 'acquista', 'nuovi clienti', 'effettua un ordine', 'effettuare un ordine', 'rivenditor*'],
  nl: ['verkoop', 'verkoopafdeling', 'sales', 'offerte', 'offertes', 'offerte aanvragen', 'bestellingen', 'bestellen', 'nieuwe klanten', 'groothandel', 'wederverkoper*'],
  pt: ['vendas', 'venda', 'comercial', 'departamento comercial', 'atendimento comercial', 'orcamento*', 'pedidos', 'compras', 'comprar', 'novos clientes', 'faca seu pedido', 'faca o seu pedido', 'fazer um pedido', 'revendedor*'],
};

export const SUPPORT_WORDS: Record<string, string[]> = {
  // nl "storing" (fault) is spelled out, not 'storing*': English "storing your data" would match.
  // "hotline" is left out: a "Sales hotline" is as common as a support one.
  en: ['support', 'help', 'helpdesk', 'help desk', 'helpline', 'help center', 'help centre', 'customer service', 'customer services', 'customer care', 'customer support', 'customer success', 'technical support', 'tech support', 'product support', 'enterprise support', 'premium support', 'billing support', 'billing', 'service desk', 'service center', 'service centre', 'troubleshooting', 'warranty', 'repair', 'repairs', 'returns', 'rma', 'faq', 'faqs', 'ticket', 'tickets', 'support request', 'service request', 'report a problem', 'report an issue', 'technical questions', 'technical enquiries', 'technical inquiries', 'existing customers', 'existing customer', 'after-sales', 'aftersales', 'after sales service', 'complaints', 'assistance', 'technical assistance', 'spare parts', 'order status', 'track your order', 'track my order', 'where is my order', 'your order', 'my order', 'existing order', 'order tracking', 'delivery status', 'service@'],
  de: ['support', 'supportanfrage', 'supportteam', 'supportportal', 'supportcenter', 'kundenservice*', 'kundendienst*', 'kundenbetreuung', 'kundensupport', 'hilfe*', 'technischer support', 'technische beratung', 'technische fragen', 'service-hotline', 'servicehotline', 'servicecenter', 'serviceportal', 'serviceteam', 'reklamation*', 'garantie*', 'gewährleistung', 'gewaehrleistung', 'reparatur*', 'rücksendung*', 'ruecksendung*', 'retoure*', 'störung*', 'stoerung*', 'bestandskunden', 'ihre bestellung', 'ihrer bestellung', 'deine bestellung', 'deiner bestellung', 'meine bestellung', 'bestellstatus', 'sendungsverfolgung', 'servicenummer', 'servicetelefon', 'service-telefon', 'serviceanfrage', 'service-anfrage', 'ersatzteile', 'fehlerbehebung'],
  fr: ['support', 'support technique', 'assistance', 'assistance technique', 'aide', "centre d'aide", 'service client', 'service clients', 'service clientele', 'relation client', 'sav', 'service apres-vente', 'apres-vente', 'reclamation*', 'garantie', 'depannage', 'reparation*', 'retours', 'deja client', 'clients existants', 'suivi de commande', 'votre commande', 'ma commande', 'signaler un probleme', 'signaler un incident'],
  es: ['soporte', 'soporte tecnico', 'ayuda', 'centro de ayuda', 'atencion al cliente', 'servicio al cliente', 'servicio de atencion al cliente', 'asistencia', 'asistencia tecnica', 'servicio tecnico', 'garantia', 'reclamacion*', 'posventa', 'postventa', 'post-venta', 'devoluciones', 'incidencias', 'ya soy cliente', 'clientes existentes', 'estado de mi pedido', 'tu pedido', 'su pedido', 'mi pedido', 'estado del pedido', 'seguimiento de pedido*'],
  it: ['supporto', 'supporto tecnico', 'assistenza', 'aiuto', 'centro assistenza', 'servizio clienti', 'assistenza clienti', 'assistenza tecnica', 'garanzia', 'reclami', 'reclamo', 'post-vendita', 'postvendita', 'assistenza post vendita', 'riparazion*', 'gia cliente', 'clienti esistenti', "stato dell'ordine", 'tuo ordine', 'suo ordine', 'mio ordine'],
  nl: ['klantenservice', 'klantendienst', 'ondersteuning', 'technische ondersteuning', 'support', 'helpdesk', 'hulp', 'storingen', 'storingsdienst', 'storingsnummer', 'storingsmelding', 'storing melden', 'garantie', 'reparatie*', 'klacht*', 'retourneren', 'retouren', 'bestaande klanten', 'veelgestelde vragen', 'je bestelling', 'uw bestelling', 'mijn bestelling'],
  // "SAC" (Serviço de Atendimento ao Consumidor) is how Brazilian sites label their support line.
  pt: ['suporte', 'suporte tecnico', 'ajuda', 'central de ajuda', 'centro de ajuda', 'atendimento', 'atendimento ao cliente', 'apoio ao cliente', 'servico ao cliente', 'assistencia', 'assistencia tecnica', 'garantia', 'reclamacoes', 'reclamacao', 'pos-venda', 'posvenda', 'sac', 'ja sou cliente', 'clientes existentes', 'devolucoes', 'trocas e devolucoes', 'seu pedido', 'meu pedido', 'sua encomenda', 'minha encomenda'],
};

/**
 * Phrases that contain a role word but name no role: blanked before the words are read.
 * Each is a false positive seen on vendor pages ("Help us improve this page", "Terms of sale").
 */
export const NEUTRAL_PHRASES: string[] = [
  // Legal and trade wording around an imprint: "Commercial register HRB 123" is no sales line.
  'non-commercial', 'commercial register', 'commercial registry', 'registro comercial', 'registo comercial', 'junta comercial', 'nome comercial', 'nombre comercial', 'denominacion comercial',
  // Opening hours: Brazilian sites put "Horário de atendimento" next to every number, sales too.
  'horario de atendimento', 'horarios de atendimento', 'customer success stories',
  'help us', 'help us improve', 'how can we help', 'how may we help', 'can we help', 'let us help', 'we can help', 'here to help', 'happy to help', 'with the help of',
  'in support of', 'support us', 'support our', 'we support', 'browser support', 'sales tax', 'sales terms', 'sales conditions', 'point of sales', 'tax returns', 'returns on investment',
  'verkaufsbedingungen', 'allgemeine verkaufsbedingungen', 'verkauft', 'wie konnen wir helfen',
  'conditions generales de vente', 'conditions de vente', 'en vente', "avec l'aide", 'comment pouvons-nous vous aider',
  'condiciones de venta', 'condiciones generales de venta', 'a la venta', 'en venta', 'como podemos ayudarte', 'en que podemos ayudarte',
  'condizioni di vendita', 'condizioni generali di vendita', 'in vendita', 'come possiamo aiutarti',
  'verkoopvoorwaarden', 'algemene verkoopvoorwaarden', 'hoe kunnen we je helpen', 'hoe kunnen wij u helpen',
  'condicoes de venda', 'condicoes gerais de venda', 'a venda', 'como podemos ajudar',
];

/**
 * Labels for a contact that is neither sales nor support (press, jobs, privacy) or says it is for
 * everything ("General enquiries"). Next to a contact they settle it as 'general': a press number on
 * a page titled "Support" is still not the support line.
 */
export const OTHER_WORDS: string[] = [
  'general enquiries', 'public relations', 'pr', 'general inquiries', 'general questions', 'press', 'press office', 'media relations', 'media enquiries', 'media inquiries', 'newsroom', 'careers', 'jobs', 'recruiting', 'investor relations', 'investors', 'privacy', 'data protection', 'data protection officer', 'dpo',
  'allgemeine anfragen', 'allgemeine fragen', 'presse', 'pressestelle', 'karriere', 'datenschutz*',
  'demandes generales', 'recrutement', 'carrieres', 'donnees personnelles', 'protection des donnees',
  'consultas generales', 'prensa', 'empleo', 'trabaja con nosotros', 'privacidad', 'proteccion de datos',
  'informazioni generali', 'stampa', 'lavora con noi', 'carriere',
  'algemene vragen', 'pers', 'vacatures', 'werken bij',
  'informacoes gerais', 'imprensa', 'carreiras', 'trabalhe conosco', 'privacidade', 'protecao de dados',
];

/**
 * schema.org ContactPoint contactType values (free text) whose words alone would not say the role.
 * Source: the values Google's corporate-contact markup documented: customer support, technical
 * support, billing support, bill payment, sales, reservations, credit card support, emergency,
 * baggage tracking, roadside assistance, package tracking.
 * Other values are read with the word lists above.
 */
export const CONTACT_TYPE_ROLES: [RegExp, 'sales' | 'support'][] = [
  [/\breservations?\b|\bbookings?\b/i, 'sales'],
  [/bill payment|credit card support|emergency|baggage tracking|package tracking|roadside assistance/i, 'support'],
];
