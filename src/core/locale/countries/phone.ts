/**
 * A country's phone conventions, read from libphonenumber-js's metadata (the project's phone library,
 * already in every bundle): the calling code, the trunk prefix dialled before a national number
 * ("0" in France, "06" in Hungary, "8" in Russia, none in Italy or Singapore). Free-phone and
 * shared-cost ranges are libphonenumber's number types (TOLL_FREE, SHARED_COST), which the phone
 * reader asks of each number: no second list of them is kept here.
 */
import { getCountryCallingCode, Metadata, type CountryCode, type NumberingPlan } from 'libphonenumber-js/max';

export interface PhoneConventions {
  callingCode: string;
  /** '' where the country dials no trunk prefix. */
  trunkPrefix: string;
}

/**
 * NumberingPlan's typings leave out nationalPrefix(), which libphonenumber-js's Metadata class has
 * (es6/metadata.js: the national prefix of the selected country's plan, absent where none is dialled).
 */
type Plan = NumberingPlan & { nationalPrefix(): string | undefined };

const metadata = new Metadata();

export function phoneConventions(code: string): PhoneConventions {
  metadata.selectNumberingPlan(code as CountryCode);
  const plan = metadata.numberingPlan as Plan;
  const prefix = plan.nationalPrefix();
  return {
    callingCode: getCountryCallingCode(code as CountryCode),
    trunkPrefix: typeof prefix === 'string' ? prefix : '',
  };
}
