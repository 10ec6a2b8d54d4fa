/**
 * The words a language's addresses are made of, for the address reader (extract/address). Street
 * types before or after the name are whole words, case- and accent-blind; every other string field
 * is a regex source of alternatives, matched case-blind on the text as written unless its comment
 * says otherwise. Every field is optional: a language gives what its addresses use.
 */
export interface AddressWords {
  id: string;
  /** Street types after the name, as a word of their own ("Main Street", "Park Rd"). */
  after?: string[];
  /** Street types before the name ("rue de Rivoli", "Via Roma", "Jalan Ampang"). */
  before?: string[];
  /** Street types glued to the name as one word ("Musterstraße 5", "Storgatan 3"). */
  glued?: string;
  /** Street types as a word of their own after the name, then the number ("Mariahilfer Straße 1", "Váci utca 3"). */
  spaced?: string;
  /** Words between a house number and a street type ("7 bis avenue …"). */
  numberSuffixes?: string;
  /** Articles between a leading street type and the name ("rue de la Paix", "Via della Spiga", "Rua das Flores"). */
  articles?: string;
  /** Unit designators before a number or letter ("Suite 200", "Apt. B"). */
  units?: string;
  /** Building designators before a number ("Building 4", "Block 12"). */
  buildings?: string;
  /** Floor words after an ordinal ("6th Floor", "3º andar", "2e étage", "3. OG"). */
  floors?: string;
  /** Ordinals written as words before a floor word ("Second Floor", "Ground Floor"). */
  ordinals?: string;
  /** Endings that make a numeral an ordinal ("6th Floor", "19th Lane", "3rd Cross Road"), right after its digits. */
  ordinalSuffixes?: string;
  /** The word for "number" written before a house, unit, plot or box number ("No. 67, Appuswamy Road", "Nº 5"), without its dot. */
  numberSigns?: string;
  /**
   * Compass points of street names, in the same order in both lists: `points` abbreviated, after a
   * street type or before the name ("Main St NW", "2204 E. Main"), the one-letter ones also in grid
   * house numbers ("N112 W16700 Mequon"); `words` spelt out ("2204 East Main"). Written lower case,
   * read in capitals (and the words capitalised) where a capital tells them from prose.
   */
  compass?: { points: string[]; words: string[] };
  /** Prepositions that name a street in place of a street type, before a capitalised name ("Am Markt 3", "In der Au 5"); read capitalised. */
  streetPrepositions?: string[];
  /** Words that name a building or a site, not a street ("Acme House", "Meadowbank Business Park", "Shanti Bhavan"). */
  buildingNames?: string;
  /**
   * Those building words that may stand right before the street number on its line, as part of the
   * address ("St Brandon's House 29 Great George St"); read capitalised.
   */
  leadingBuildingNames?: string;
  /** Words before a plot or lot number that opens an address ("Plot 12", "Khasra 45/2"). */
  plots?: string;
  /** Words of a landmark line between street lines ("Opp. City Mall", "Near the Clock Tower"): not the street. */
  landmarks?: string;
  /** Things counted after a number in marketing copy ("5000 Happy Customers", "25 Years Experience"): no street. */
  counted?: string;
  /** Words of lines that carry numbers for another reason: opening hours, prices, steps, phones, company numbers. */
  notStreet?: string;
  /** A range of days ("Mon - Fri 9-5"): an opening-hours line, matched anywhere. */
  dayRange?: string;
  /** Times of day right after a number ("9am"): an opening-hours line. */
  timeSuffixes?: string;
  /** Small lower-case words inside town names ("Newcastle upon Tyne", "Aix en Provence", "Frankfurt am Main"), matched case-sensitively. */
  townParticles?: string;
  /** A word after the town that belongs to it, before a number ("Paris Cedex 08"); read in capitals, lower case, or capitalised. */
  townSuffixes?: string;
  /** The PO box's word on its own ("P.O. Box", "Postfach", "BP"): a line or field ending in it holds a box, not a town. */
  boxWords?: string;
  /** Words naming another kind of contact ("Tel", "Email", "Call"): such a line is no part of a postal address. */
  otherContacts?: string;
  /** Street words written in full or abbreviated, to one form ("street" → "st"), so two renderings of one address compare equal. */
  abbreviations?: Readonly<Record<string, string>>;
  /** A PO box ("P.O. Box 12", "Postfach 10 20 30", "BP 45", "Caixa Postal 12"), before its number. */
  poBox?: string;
  /** Company forms at a line's end ("Holzwerk Schmidt GmbH"): the addressee, not a town or street. */
  companyForms?: string;
  /** A label line that announces an address ("Mailing address:", "Anschrift"): not part of it. */
  labels?: string;
}
