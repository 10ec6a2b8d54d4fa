// Words that mark a contact as sales or support, per language. Matched on word starts,
// case- and accent-insensitively (see classify-role.ts). Kept as data so a new language is one line.
// Sources: each vendor's own contact pages in that language; schema.org ContactPoint contactType values.

export const SALES_WORDS: Record<string, string[]> = {
  en: ['sales', 'sale', 'buy', 'buying', 'purchase', 'purchasing', 'pricing', 'quote', 'quotes', 'request a quote', 'get a quote', 'demo', 'talk to sales', 'contact sales', 'new business', 'enterprise', 'orders', 'order line', 'ordering', 'pre-sales', 'presales', 'wholesale', 'reseller', 'partnerships', 'business development', 'book a demo', 'showroom'],
  de: ['vertrieb', 'verkauf', 'verkaufsberatung', 'kaufberatung', 'angebot', 'angebote', 'bestellung', 'bestellannahme', 'bestellen', 'außendienst', 'aussendienst', 'beratung'],
  fr: ['ventes', 'vente', 'commercial', 'commerciale', 'service commercial', 'devis', 'achat', 'achats', 'commande', 'commandes', 'avant-vente'],
  es: ['ventas', 'venta', 'comercial', 'presupuesto', 'cotización', 'cotizacion', 'compras', 'pedidos'],
  it: ['vendite', 'vendita', 'commerciale', 'ufficio commerciale', 'preventivo', 'preventivi', 'ordini', 'acquisti'],
  nl: ['verkoop', 'sales', 'offerte', 'bestellingen', 'bestellen', 'inkoop'],
  pt: ['vendas', 'venda', 'comercial', 'orçamento', 'orcamento', 'pedidos', 'compras'],
};

export const SUPPORT_WORDS: Record<string, string[]> = {
  en: ['support', 'help', 'helpdesk', 'help desk', 'help center', 'help centre', 'customer service', 'customer care', 'customer support', 'technical support', 'tech support', 'service desk', 'troubleshooting', 'warranty', 'repair', 'repairs', 'returns', 'rma', 'faq', 'ticket', 'tickets', 'existing customers', 'after-sales', 'aftersales', 'complaints', 'service center', 'service centre', 'assistance'],
  de: ['support', 'kundenservice', 'kundendienst', 'kundenbetreuung', 'hilfe', 'technischer support', 'service-hotline', 'servicehotline', 'hotline', 'reklamation', 'reklamationen', 'garantie', 'reparatur', 'rücksendung', 'ruecksendung', 'störung', 'stoerung'],
  fr: ['support', 'assistance', 'aide', 'service client', 'service clients', 'sav', 'service après-vente', 'service apres-vente', 'réclamation', 'reclamation', 'garantie', 'dépannage', 'depannage', 'centre d\'aide'],
  es: ['soporte', 'ayuda', 'atención al cliente', 'atencion al cliente', 'servicio al cliente', 'asistencia', 'soporte técnico', 'soporte tecnico', 'garantía', 'garantia', 'reclamaciones', 'posventa'],
  it: ['supporto', 'assistenza', 'aiuto', 'servizio clienti', 'assistenza clienti', 'assistenza tecnica', 'garanzia', 'reclami', 'post-vendita', 'postvendita'],
  nl: ['klantenservice', 'ondersteuning', 'hulp', 'helpdesk', 'storingen', 'storing', 'garantie', 'reparatie', 'klachten'],
  pt: ['suporte', 'ajuda', 'atendimento', 'apoio ao cliente', 'serviço ao cliente', 'servico ao cliente', 'assistência', 'assistencia', 'suporte técnico', 'garantia', 'reclamações', 'pós-venda', 'pos-venda'],
};

/** schema.org ContactPoint contactType values (free text in practice) and the role they mean. */
export const CONTACT_TYPE_ROLES: [RegExp, 'sales' | 'support'][] = [
  [/sales|reservations|orders|billing and sales|ventas|vertrieb|ventes/i, 'sales'],
  [/customer (service|support|care)|technical support|support|help|service|kundenservice|assistance|soporte/i, 'support'],
];
