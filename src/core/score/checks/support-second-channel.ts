import type { CheckDefinition } from '../check.js';
import { secondChannelCheck } from '../role-checks/second-channel.js';

// Weight, thresholds and sources: role-checks/second-channel.ts (the same rule for sales and support).
export const supportSecondChannel: CheckDefinition = secondChannelCheck('support');
