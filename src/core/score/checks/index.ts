import type { CheckDefinition } from '../check.js';
import { contactGates } from './contact-gates.js';
import { contactLinkEverywhere } from './contact-link-everywhere.js';
import { contactPageFromStart } from './contact-page-from-start.js';
import { imageOnlyPhone } from './image-only-phone.js';
import { imprintTwoClicks } from './imprint-two-clicks.js';
import { noreplyEmail } from './noreply-email.js';
import { postalAddress } from './postal-address.js';
import { premiumRateSupport } from './premium-rate-support.js';
import { salesContactDepth } from './sales-contact-depth.js';
import { salesHumanChannel } from './sales-human-channel.js';
import { salesSecondChannel } from './sales-second-channel.js';
import { supportContactDepth } from './support-contact-depth.js';
import { supportHumanChannel } from './support-human-channel.js';
import { supportSecondChannel } from './support-second-channel.js';

/**
 * Every check, in report order. The weights of the sales checks add up to 100, so do the
 * support checks'; the site-wide ('overall') checks add up to OVERALL_CHECKS_WEIGHT (see score/index.ts).
 * A convention test keeps this list, the file names and the sums in step.
 */
export const CHECKS: readonly CheckDefinition[] = [
  salesContactDepth, // 50
  salesHumanChannel, // 30
  salesSecondChannel, // 20
  supportContactDepth, // 50
  supportHumanChannel, // 30
  supportSecondChannel, // 20
  contactLinkEverywhere, // 4
  contactPageFromStart, // 3
  postalAddress, // 3
  contactGates, // 3
  imprintTwoClicks, // 2
  noreplyEmail, // 2
  premiumRateSupport, // 2
  imageOnlyPhone, // 1
];
