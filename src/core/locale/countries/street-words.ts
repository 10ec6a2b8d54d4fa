/**
 * Address words of a country that the language packs (packs/address/*) do not have: street types and
 * their abbreviations, unit and floor words, the PO box. Regular-expression alternatives, matched as
 * whole words, case-blind. The address reader uses them only for blocks of that country (the page's,
 * or one a country name or heading gives), so a short abbreviation ("g.", "Cd.") cannot make a street
 * anywhere else. Source for each: the Universal Postal Union's "Postal addressing systems in member
 * countries" sheet for the country (upu.int), and the national post's addressing guide where named.
 */
export interface CountryWords {
  /** Street types: "Cad." in "Büyükdere Cad. No: 185", "iela" in "Brīvības iela 40", "Carrera" in "Carrera 7 # 71-21". */
  streets?: string;
  /** Units and floors before their number ("Piso 5", "Kat: 3", "Lantai 12", "Tầng 8"), or a floor written whole ("12/F"). */
  units?: string;
  /** Building words before a building's name ("Menara Acme", "Wisma Atria", "Gedung Sentraya"). */
  buildings?: string;
  /** The PO box before its number ("Casilla 123", "P.K. 45", "ص.ب 1234"). */
  poBox?: string;
}

/** Spanish-speaking America: street types beyond calle/avenida (Correo Argentino, Chilexpress, 4-72 Colombia, Correos de México guides). */
const SPANISH_AMERICA: CountryWords = {
  streets:
    'calle|avenida|avda\\.|av\\.|bv\\.|carrera|cra\\.|kr\\.|cl\\.|diagonal|dg\\.|transversal|tv\\.|autopista|camino|pasaje|calzada|paseo|boulevard|bulevar',
  units: 'piso|oficina|of\\.|depto\\.?|departamento|local|torre|int\\.|interior',
  poBox: 'casilla|apartado(?:\\s+postal)?',
};

/** Arabic: street (شارع, its abbreviation ش.), road (طريق), building (مبنى), tower (برج); PO box ص.ب (UPU sheets for SA, AE, QA, BH, KW, OM, EG, JO). */
const ARABIC: CountryWords = {
  streets: 'شارع|ش\\.|طريق',
  units: 'مبنى|الطابق|مكتب',
  buildings: 'برج|مبنى',
  poBox: 'ص\\.\\s?ب\\.?',
};
/** The Gulf's offices are as often written in English: the building words that open them. */
const GULF: CountryWords = { ...ARABIC, units: `${ARABIC.units}|office|building|villa`, buildings: `${ARABIC.buildings}|tower` };

/**
 * Russian (Почта России): улица (ул.), проспект (пр-т, просп.), переулок (пер.), набережная (наб.), шоссе (ш.), бульвар (б-р),
 * площадь (пл.); дом (д.), корпус, строение, офис, этаж; а/я (PO box).
 */
const RUSSIAN: CountryWords = {
  streets: 'улица|ул\\.|проспект|пр-т|просп\\.|переулок|пер\\.|набережная|наб\\.|шоссе|ш\\.|бульвар|б-р|площадь|пл\\.',
  units: 'дом|д\\.|корпус|корп\\.|строение|стр\\.|офис|оф\\.|этаж|эт\\.',
  poBox: 'а/я',
};

export const COUNTRY_STREET_WORDS: Readonly<Record<string, CountryWords>> = {
  // Lietuvos paštas: gatvė (g.), prospektas (pr.), alėja (al.), plentas (pl.), aikštė (a.), skersgatvis (skg.); pašto dėžutė (p. d.).
  LT: { streets: 'gatvė|g\\.|prospektas|pr\\.|alėja|al\\.|plentas|pl\\.|aikštė|skersgatvis|skg\\.', poBox: 'p\\.\\s?d\\.' },
  // Latvijas Pasts: iela, bulvāris, gatve, prospekts, laukums, krastmala, šoseja; pastkastīte (p/k).
  LV: { streets: 'iela|bulvāris|bulv\\.|gatve|prospekts|laukums|krastmala|šoseja', poBox: 'p/k|pastkastīte' },
  // Omniva: tänav (tn), maantee (mnt), puiestee (pst), tee, väljak, põik.
  EE: { streets: 'tänav|tn|maantee|mnt|puiestee|pst|tee|väljak|põik' },
  // Česká pošta: náměstí (nám.), třída (tř.), nábřeží (nábř.), ulice (ul.); P. O. Box as written.
  CZ: { streets: 'náměstí|nám\\.|třída|tř\\.|nábřeží|nábř\\.|ulice|ul\\.', units: 'patro' },
  // Slovenská pošta: námestie (nám.), ulica (ul.), nábrežie, cesta, trieda.
  SK: { streets: 'námestie|nám\\.|ulica|ul\\.|nábrežie|cesta|trieda', units: 'poschodie' },
  // Poșta Română: strada (str.), bulevardul (bd., b-dul), calea, șoseaua (șos.), aleea, piața, splaiul, intrarea; etaj, ap., bl., sc.
  RO: {
    streets: 'strada|str\\.|bulevardul|bd\\.|b-dul|calea|[șş]oseaua|[șş]os\\.|aleea|pia[țţ]a|splaiul|intrarea',
    units: 'etaj|et\\.|ap\\.|apartament|bl\\.|bloc|sc\\.|scara',
  },
  // PTT: caddesi (cad., cd.), sokak/sokağı (sok., sk.), bulvarı (blv., bulv.), mahallesi (mah., mh.), yolu; kat, daire; posta kutusu (P.K.).
  TR: {
    streets: 'caddesi|cad\\.|cd\\.|sokak|soka[ğg][ıi]|sok\\.|sk\\.|bulvar[ıi]|blv\\.|bulv\\.|mahallesi|mah\\.|mh\\.|yolu',
    units: 'kat|daire|blok',
    poBox: 'p\\.\\s?k\\.|posta\\s+kutusu',
  },
  // ELTA: λεωφόρος (λεωφ.), οδός (οδ.), and their Latin spellings leoforos, odos.
  GR: { streets: 'λεωφόρος|λεωφ\\.|οδός|οδ\\.|leoforos|leof\\.|odos', units: 'όροφος|orofos' },
  CY: { streets: 'λεωφόρος|λεωφ\\.|οδός|οδ\\.|leoforos|avenue|street', units: 'όροφος|office' },
  // Vietnam Post: đường (đ.), phố; số (number, before the house number: "Số 54 Liễu Giai"); tầng (floor), lầu (floor, in the south), phòng (room).
  VN: { streets: 'đường|đ\\.|phố|số', units: 'tầng|lầu|phòng' },
  // Thailand Post (English forms): soi (lane), thanon (road), moo (village number).
  TH: { streets: 'soi|thanon|moo', units: 'floor|fl\\.' },
  // Pos Indonesia: jalan (jl.), gang (gg.), kavling (kav.); gedung, menara, wisma (buildings), lantai (floor).
  ID: { streets: 'jalan|jl\\.|jln\\.|gang|gg\\.', units: 'lantai|lt\\.|kav\\.|kavling', buildings: 'gedung|menara|wisma' },
  // Pos Malaysia: jalan, lorong, persiaran, lebuh, lebuhraya; menara, wisma, aras (level), tingkat (floor).
  MY: { streets: 'jalan|jln\\.?|lorong|persiaran|lebuh|lebuhraya', units: 'aras|tingkat|level|suite|unit|lot', buildings: 'menara|wisma|plaza' },
  // PHLPost: barangay (brgy.) districts; floors written "25/F".
  PH: { streets: 'avenue|ave\\.|street|st\\.|road|rd\\.|highway|boulevard|blvd\\.', units: '\\d{1,3}/F|floor|unit|suite', buildings: 'tower' },
  // Hongkong Post and Chunghwa Post (English forms): floors written "12/F" or "7F", sections "Sec. 5".
  HK: { streets: 'road|rd\\.|street|st\\.|avenue|ave\\.|lane', units: '\\d{1,3}/F|flat|unit|room|rm\\.|block', buildings: 'tower' },
  TW: { streets: 'road|rd\\.|street|st\\.|avenue|ave\\.|lane|ln\\.|alley|sec\\.', units: '\\d{1,3}F|\\d{1,3}/F|room|rm\\.' },
  // Israel Post: רחוב (street, רח'), שדרות (boulevard, שד'); ת.ד. (PO box).
  IL: { streets: "רחוב|רח['׳]|שדרות|שד['׳]|street|st\\.|blvd\\.|boulevard|road|rd\\.", units: 'קומה|floor', poBox: 'ת\\.ד\\.?' },
  RU: RUSSIAN,
  BY: { ...RUSSIAN, streets: `${RUSSIAN.streets}|вуліца|вул\\.` },
  KZ: { ...RUSSIAN, streets: `${RUSSIAN.streets}|көшесі|даңғылы` },
  // Укрпошта: вулиця (вул.), проспект (просп.), провулок (пров.), площа (пл.), бульвар (бульв.), набережна (наб.), шосе; будинок (буд.), офіс, поверх; а/с.
  UA: {
    streets: 'вулиця|вул\\.|проспект|просп\\.|провулок|пров\\.|площа|пл\\.|бульвар|бульв\\.|набережна|наб\\.|шосе',
    units: 'будинок|буд\\.|офіс|оф\\.|поверх',
    poBox: 'а/с',
  },
  // Български пощи: улица (ул.), булевард (бул.), площад (пл.); етаж (ет.), офис; пощенска кутия (п.к.).
  BG: { streets: 'улица|ул\\.|булевард|бул\\.|площад|пл\\.', units: 'етаж|ет\\.|офис', poBox: 'п\\.\\s?к\\.' },
  // Pošta Srbije: улица/ulica, булевар/bulevar (бул./bul.).
  RS: { streets: 'улица|ул\\.|булевар|бул\\.|ulica|bulevar|bul\\.' },
  // Pakistan Post: shahrah (avenue), road, street, block, sector, phase, plot.
  PK: { streets: 'shahrah|shahra|sharah|road|rd\\.|street|st\\.|avenue', units: 'block|sector|phase|plot|floor|office|suite' },
  AR: SPANISH_AMERICA,
  CL: SPANISH_AMERICA,
  CO: SPANISH_AMERICA,
  MX: SPANISH_AMERICA,
  PE: SPANISH_AMERICA,
  UY: SPANISH_AMERICA,
  EC: SPANISH_AMERICA,
  VE: SPANISH_AMERICA,
  CR: SPANISH_AMERICA,
  SA: GULF,
  AE: GULF,
  QA: GULF,
  BH: GULF,
  KW: GULF,
  OM: GULF,
  EG: ARABIC,
  JO: ARABIC,
};
