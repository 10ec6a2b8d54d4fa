import type { CheckDefinition } from '../check.js';
import { contactDepthCheck } from '../role-checks/contact-depth.js';

// Weight, thresholds and sources: role-checks/contact-depth.ts (the same rule for sales and support).
export const salesContactDepth: CheckDefinition = contactDepthCheck('sales');
