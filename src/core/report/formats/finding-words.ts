// The catalogue keys for a finding's kind and role, as every report format names them.
import type { CrawlError, Finding } from '../schema.js';

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

/** A crawl error's kind in the reader's words; its message stays the crawler's technical detail (English). */
export const ERROR_KIND_KEYS = {
  http: 'report_error_http',
  network: 'report_error_network',
  timeout: 'report_error_timeout',
  'too-large': 'report_error_too_large',
  'not-html': 'report_error_not_html',
  'redirect-off-site': 'report_error_redirect_off_site',
  robots: 'report_error_robots',
  parse: 'report_error_parse',
  'soft-404': 'report_error_soft_404',
  blocked: 'report_error_blocked',
  capped: 'report_error_capped',
  other: 'report_error_other',
} as const satisfies Record<CrawlError['kind'], string>;
