/**
 * Country names as they close addresses on vendor sites, English first, then a few local forms.
 * Longest first in the regex so "United States of America" wins over "United States".
 * Source: ISO 3166 short names, trimmed to countries whose offices vendors list.
 */
const NAMES = [
  'USA', 'U.S.A.', 'U.S.A', 'US', 'U.S.', 'United States', 'United States of America', 'Canada', 'United Kingdom', 'UK', 'U.K.',
  'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'Ireland', 'Germany', 'Deutschland', 'France', 'India',
  'Australia', 'New Zealand', 'Italy', 'Italia', 'Spain', 'España', 'Portugal', 'Netherlands', 'The Netherlands', 'Nederland',
  'Belgium', 'Belgique', 'Switzerland', 'Schweiz', 'Suisse', 'Austria', 'Österreich', 'Sweden', 'Sverige', 'Norway', 'Denmark',
  'Finland', 'Poland', 'Czech Republic', 'Hungary', 'Romania', 'Greece', 'Turkey', 'Russia', 'Russian Federation', 'Israel',
  'United Arab Emirates', 'UAE', 'Saudi Arabia', 'Qatar', 'Kuwait', 'Bahrain', 'Oman', 'Sultanate of Oman', 'Egypt',
  'South Africa', 'Nigeria', 'Kenya', 'Morocco', 'China', 'P.R. China', "People's Republic of China", 'Hong Kong', 'Taiwan',
  'Japan', 'South Korea', 'Korea', 'Singapore', 'Malaysia', 'Indonesia', 'Thailand', 'Vietnam', 'Philippines', 'Sri Lanka',
  'Srilanka', 'Pakistan', 'Bangladesh', 'Mexico', 'México', 'Brazil', 'Brasil', 'Argentina', 'Chile', 'Colombia', 'Peru',
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
export const COUNTRY_ALT = [...NAMES].sort((a, b) => b.length - a.length).map(escape).join('|');

/** A country name at the start of the text, as a whole word. */
export const COUNTRY = new RegExp(`^(?:${COUNTRY_ALT})(?![\\p{L}])`, 'u');
