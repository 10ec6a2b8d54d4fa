// The catalogue keys for a finding's kind and role, as every report format names them.
import type { Finding } from '../schema.js';

export const KIND_KEYS = {
  phone: 'report_kind_phone',
  fax: 'report_kind_fax',
  email: 'report_kind_email',
  address: 'report_kind_address',
  chat: 'report_kind_chat',
  messaging: 'report_kind_messaging',
  form: 'report_kind_form',
  helpdesk: 'report_kind_helpdesk',
  gate: 'report_kind_gate',
} as const satisfies Record<Finding['kind'], string>;

export const ROLE_KEYS = { sales: 'report_role_sales', support: 'report_role_support', general: 'report_role_general' } as const satisfies Record<
  Finding['role'],
  string
>;
