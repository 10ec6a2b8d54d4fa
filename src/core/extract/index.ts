import type { Extractor } from './extractor.js';
import { addressExtractor } from './address/address.js';
import { chatExtractor } from './chat/chat.js';
import { contactFormExtractor } from './form/contact-form.js';
import { emailExtractor } from './email/email.js';
import { gateExtractor } from './gate/gate.js';
import { helpdeskExtractor } from './helpdesk/helpdesk.js';
import { messagingExtractor } from './messaging/messaging.js';
import { phoneExtractor } from './phone/phone.js';

/** Every extractor, run on every page. A convention test checks each file here is registered. */
export const EXTRACTORS: readonly Extractor[] = [
  phoneExtractor,
  emailExtractor,
  addressExtractor,
  chatExtractor,
  messagingExtractor,
  contactFormExtractor,
  helpdeskExtractor,
  gateExtractor,
];
