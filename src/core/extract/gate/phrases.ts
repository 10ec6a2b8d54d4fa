// Wording of the hurdles a vendor puts before a person can be reached, in en, de, fr, es, it, nl, pt.
// Regex sources over folded text (lower case, accents stripped, ’ read as '; see match.ts).
// A gate needs two things in one sentence: the hurdle ("have your serial number ready", "sign in
// to", "Premium plans") and the contact it guards ("contact support", "open a ticket"), so a
// product page's "the serial number is on the back" or a bare "Sign in" link is not a gate.
// Source: wording collected from vendors' contact and support pages in these languages.

type Lang = 'en' | 'de' | 'fr' | 'es' | 'it' | 'nl' | 'pt';
export type Phrases = Record<Lang, string>;

/** Numbers a vendor asks for before helping: serial, order, customer, contract numbers. */
export const ID_NUMBER: Phrases = {
  en: 'serial (?:number|no\\b|#)|service tag|express service code|(?:order|customer|account|contract|invoice|model|licen[cs]e) (?:number|no\\b|id\\b)|support (?:id|pin)\\b|product key|licen[cs]e key|imei|proof of purchase',
  de: '(?:serien|kunden|auftrags|bestell|vertrags|rechnungs|gerate|modell|lizenz)-?(?:nummer|nr\\b)|lizenzschlussel|kaufbeleg',
  fr: "(?:numero|n°|no) (?:de |d')?(?:serie|commande|client|contrat|facture|licence)|preuve d'achat|cle de licence",
  es: 'numero (?:de )?(?:serie|pedido|cliente|contrato|factura|licencia)|comprobante de compra|ticket de compra',
  it: "numero (?:di |d')?(?:serie|ordine|cliente|contratto|fattura|licenza)|codice cliente|prova d'acquisto|scontrino",
  nl: '(?:serie|klant|order|bestel|contract|factuur|licentie)nummer|aankoopbewijs',
  pt: 'numero (?:de |do |da )?(?:serie|pedido|encomenda|cliente|contrato|fatura|licenca)|comprovante de compra|nota fiscal',
};

/** "Have it ready": enough on its own next to an ID number. */
export const READY: Phrases = {
  en: '(?:have|keep)\\b[^.]{0,60}\\b(?:ready|to hand|at hand|handy|nearby)|before (?:you )?(?:call|contact|reach|chat|open)',
  de: 'bereit(?: ?halten| ?haben| zu haben| ?liegen|zuhalten)?\\b|zur hand|griffbereit|parat|vor (?:ihrem|dem|deinem) anruf',
  fr: "a portee de main|sous la main|munissez-vous|munir|avant (?:votre |d')appel|avant de (?:nous )?(?:contacter|appeler|joindre)",
  es: 'a mano|tenga listo|ten listo|preparado|antes de (?:llamar|contactar|ponerte en contacto|ponerse en contacto)',
  it: 'a portata di mano|a disposizione|tenere pronto|tieni pronto|prima di (?:chiamare|contattar)',
  nl: 'bij de hand|klaar ?(?:houden|te hebben|hebben)|paraat|voordat (?:je|u) (?:belt|contact)',
  pt: 'em maos|a mao|tenha (?:o|a|em)\\b|antes de (?:ligar|entrar em contato|contactar)',
};

/** "Enter / provide / required": an ID number becomes a gate with these plus a contact word. */
export const REQUIRE: Phrases = {
  // Not "include": "include the serial number with your request" is a courtesy, not a hurdle.
  en: '(?:enter|provide|need|needs|needed|require|required|requires|must|quote|give us|supply)\\b',
  de: 'eingeben|einzugeben|angeben|anzugeben|angabe|benotig|erforderlich|notwendig|brauchen|mussen|nennen',
  fr: 'saisi|indiqu|fourni|entrez|entrer|besoin|necessaire|requis|obligatoire|devez|doit',
  es: 'introduc|ingres|indiqu|indic|proporcion|necesit|necesari|requier|requisito|obligatori|debe',
  it: 'inserisc|inserire|indic|fornir|necessari|richiest|obbligatori|deve|serve',
  nl: 'invullen|vul|voer|opgeven|vermeld|nodig|verplicht|moet',
  pt: 'insira|inserir|digite|inform|forneca|fornecer|necessari|precisa|obrigatori|deve',
};

/** The contact the hurdle guards. Stems, matched at a word start. */
export const CONTACT: Phrases = {
  en: 'contact|call|phon|reach us|reach our|speak|talk|chat|support|ticket|agent|representative|hotline|help ?desk|service desk|customer service|request a\\b|submit a request',
  de: 'kontakt|anruf|anrufen|telefon|support|ticket|hotline|kundenservice|kundendienst|anfrage|chat|erreichen|sprechen|service',
  fr: 'contact|appel|telephon|joindre|support|ticket|assistance|service client|demande|chat|conseiller',
  es: 'contact|llam|telefon|soporte|ticket|asistencia|atencion al cliente|solicitud|chat|agente|hablar',
  it: 'contatt|chiam|telefon|supporto|ticket|assistenza|richiesta|chat|operatore|parlare',
  nl: 'contact|bel(?:len|t)?\\b|telefo|support|ticket|klantenservice|ondersteuning|aanvraag|verzoek|chat|medewerker|spreken',
  pt: 'contat|contact|lig(?:ar|ue|acao)|telefon|suporte|ticket|chamado|atendimento|assistencia|solicitac|chat|atendente|falar',
};

/** Sign-in required. Phrased as a requirement ("sign in to…"), never a bare "Sign in" link. */
export const SIGN_IN: Phrases = {
  en: '(?:sign|log)[ -]?(?:in|on) (?:to|first|before)\\b|please (?:sign|log)[ -]?in\\b|(?:must|need to|have to|should) (?:be )?(?:signed|logged)[ -]in|(?:must|need to|have to) (?:sign|log)[ -]?in|(?:only|exclusively) (?:for |available to |to )?(?:registered|existing|logged[ -]in|signed[ -]in) (?:customers|users|members)|(?:registered|logged[ -]in) (?:customers|users|members) only|requires? (?:an? )?(?:account|login|sign[ -]in)|(?:login|sign[ -]in) (?:is )?required|create an account to',
  de: 'melden sie sich[^.]{0,40} an\\b|melde dich[^.]{0,40} an\\b|loggen sie sich[^.]{0,40} ein\\b|logge dich[^.]{0,40} ein\\b|(?:anmelden|einloggen),? um\\b|(?:mussen|muss|musst)[^.]{0,30}(?:angemeldet|eingeloggt)|nur (?:fur )?(?:registrierte|angemeldete|eingeloggte) (?:kunden|nutzer|benutzer)|(?:anmeldung|login|kundenkonto) (?:ist )?erforderlich',
  fr: '(?:connectez|identifiez)-vous[^.]{0,40}pour\\b|(?:vous devez|veuillez|il faut) (?:etre |vous )?(?:connecte|identifie|connecter|identifier)|connexion (?:est )?(?:requise|obligatoire)|reserve aux clients|(?:uniquement|seulement) (?:pour les |aux )clients (?:enregistres|inscrits|identifies)|creez un compte pour',
  es: 'inici(?:a|e|ar) sesion[^.]{0,40}para\\b|(?:identificate|identifiquese)[^.]{0,40}para\\b|(?:debe|debes|necesitas|necesita|es necesario) (?:estar registrad|estar identificad|iniciar sesion)|solo (?:para )?clientes registrados|acced(?:a|e) a (?:su|tu) cuenta para',
  it: "accedi[^.]{0,40}per\\b|effettua (?:il login|l'accesso)[^.]{0,40}per\\b|(?:devi|deve|e necessario) (?:essere registrat|aver effettuato l'accesso|effettuare l'accesso|accedere)|solo (?:per )?(?:i )?clienti registrati|riservat[oa] ai clienti",
  nl: 'log (?:in|je in|u in) om\\b|meld (?:je|u) aan om\\b|inloggen om\\b|(?:moet|moeten) (?:je |u )?(?:eerst )?(?:ingelogd|aangemeld)|alleen voor (?:geregistreerde|bestaande) klanten|(?:login|inloggen) (?:is )?vereist',
  pt: '(?:faca|faz) (?:o )?login[^.]{0,40}para\\b|(?:entre|acesse) (?:na|em|a) sua conta[^.]{0,40}para\\b|inici(?:e|a) (?:a )?sessao[^.]{0,40}para\\b|(?:e necessario|precisa|deve) (?:estar (?:logado|registado|registrado|cadastrado)|fazer login|iniciar sessao)|apenas (?:para )?clientes (?:registados|registrados|cadastrados)|exclusivo para clientes',
};

/** Contact reserved to paying customers or higher plans. */
export const PAID_PLAN: Phrases = {
  en: '(?:available|included|offered|provided|reserved)\\b[^.]{0,30}\\b(?:on|with|in|for|to)\\b[^.]{0,20}\\b(?:premium|enterprise|business|pro|paid|professional|plus|gold|platinum|higher)\\b[^.]{0,20}\\b(?:plans?|tiers?|subscriptions?|customers|editions?|packages?|accounts?)|paid (?:support|plans?|subscriptions?|tiers?)|support (?:contract|agreement|subscription|plan)s? (?:is |are )?required|requires? (?:an? )?(?:active |valid |paid )?(?:support |maintenance |service )?(?:contract|subscription|agreement|plan)\\b|(?:with|under) (?:an? )?(?:active |valid )?(?:support|maintenance|service) (?:contract|agreement|subscription)|(?:only|exclusively) (?:for|to|available to) (?:our )?(?:premium|enterprise|paying|paid|business) (?:customers|plans|users|subscribers)|per[- ]incident (?:fee|charge)|for a fee',
  de: 'kostenpflichtig|gegen (?:eine )?gebuhr|(?:fur|mit|im|in) (?:den |dem |einem |unseren )?(?:premium|enterprise|business|pro)[^.]{0,20}(?:tarif|paket|plan|abo|vertrag|kunden)|(?:support|wartungs|service)vertrag[^.]{0,30}(?:erforderlich|notwendig|voraussetzung|vorausgesetzt)|(?:setzt|erfordert) (?:einen |ein )?(?:gultigen |aktiven )?(?:support|wartungs|service)(?:vertrag|abo)|nur fur (?:vertrags|premium)kunden|mit (?:einem )?(?:gultigen |aktiven )?(?:wartungs|support|service)vertrag',
  fr: "(?:support|assistance|service)(?: technique)? payante?|contrat (?:de |d')?(?:support|maintenance|service|assistance)|(?:reserve|disponible|inclus)e?s? (?:uniquement |seulement )?(?:aux?|avec|pour|dans) (?:les |l'|la )?(?:offres?|forfaits?|abonnements?|clients?|formules?|editions?) (?:premium|entreprise|business|pro|payante?s?)",
  es: 'soporte (?:tecnico )?(?:de pago|premium)|planes? de pago|suscripcion de pago|servicio de pago|contrato de (?:soporte|mantenimiento|servicio)|(?:disponible|incluido|reservado)s? (?:solo |solamente |unicamente )?(?:en|con|para) (?:los |el |las )?(?:planes?|suscripcion(?:es)?|clientes|ediciones?) (?:premium|enterprise|empresa|business|pro|de pago)',
  it: '(?:supporto|assistenza)(?: tecnica)? (?:a pagamento|premium)|(?:piani|abbonamento|servizio) a pagamento|contratto di (?:assistenza|supporto|manutenzione)|(?:disponibile|incluso|riservato)i? (?:solo |soltanto |esclusivamente )?(?:con|per|nei|nel|ai) (?:i |il |gli )?(?:piani?|abbonament[oi]|clienti|edizion[ei]) (?:premium|enterprise|business|pro|a pagamento)',
  nl: 'betaalde (?:support|ondersteuning|abonnementen|abonnement|pakketten|plannen)|supportcontract|onderhoudscontract|servicecontract|beschikbaar (?:voor|met|in|bij) (?:het |de |een )?(?:premium|enterprise|business|pro|zakelijk)[^.]{0,20}(?:abonnement|pakket|plan|klanten)',
  pt: 'suporte (?:tecnico )?(?:pago|premium)|planos? pagos?|contrato de (?:suporte|manutencao|servico|assistencia)|(?:disponivel|incluido|reservado)s? (?:apenas |somente |exclusivamente )?(?:nos|no|para|com|em) (?:os |o )?(?:planos? |clientes )?(?:premium|enterprise|empresarial|business|pro|pagos?)',
};

/** A per-minute call tariff ("14 ct/Min.") is the phone extractor's premium-rate flag, not a paid plan. */
export const CALL_TARIFF = '\\d\\s*(?:ct|cent|cents|p|€|eur|euro|\\$)\\.?\\s*(?:/|pro|per|a|la|al)\\s*min';
