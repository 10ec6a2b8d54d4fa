import type { CheckDefinition } from '../check.js';
import { humanChannelCheck } from '../role-checks/human-channel.js';

// Weight, thresholds and sources: role-checks/human-channel.ts (the same rule for sales and support).
export const supportHumanChannel: CheckDefinition = humanChannelCheck('support');
