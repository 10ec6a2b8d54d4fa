import type { Extractor } from './extractor.js';
import { addressExtractor } from './address.js';
import { chatExtractor } from './chat.js';
import { contactFormExtractor } from './contact-form.js';
import { emailExtractor } from './email.js';
import { gateExtractor } from './gate.js';
import { helpdeskExtractor } from './helpdesk.js';
import { messagingExtractor } from './messaging.js';
import { phoneExtractor } from './phone.js';

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
