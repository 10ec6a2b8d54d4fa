// The vendor a consent manager's placeholder names: it holds the widget back until the shopper agrees,
// and says which by name (Usercentrics, Klaro, CookieConsent: chat.ts reads their attributes).
import { CHAT_VENDORS, sellsOnlyChat, type ChatVendor } from './vendors.js';

/** Vendors by their name or id, folded ("Zendesk Chat" → zendesk via "zendesk"): what consent managers call them. */
const BY_NAME = new Map<string, ChatVendor>();
const nameKey = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]+/g, '');
for (const v of CHAT_VENDORS) for (const n of [v.name, v.id]) if (!BY_NAME.has(nameKey(n))) BY_NAME.set(nameKey(n), v);
const CHAT_PRODUCT = /(?:chat|livechat|widget|messenger|messaging|webchat)$/;
/**
 * A vendor named by a consent placeholder, as its name, its id, or its name followed by a product word ("Zendesk Chat",
 * "LiveChat Widget"). A bare name counts only for a vendor that sells nothing but chat (sellsOnlyChat): "HubSpot" holds back its tracking.
 */
export function vendorByName(raw: string): ChatVendor | undefined {
  const key = nameKey(raw);
  if (key.length < 3) return undefined;
  const named = BY_NAME.get(key);
  if (named) return sellsOnlyChat(named) || CHAT_PRODUCT.test(key) ? named : undefined;
  const stripped = key.replace(CHAT_PRODUCT, '');
  return stripped === key ? undefined : BY_NAME.get(stripped);
}
