// Distinct exit codes, so a batch script can tell a bad call from a dead site from a partial audit.
export const EXIT = {
  ok: 0,
  internal: 1,
  usage: 2,
  unreachable: 3,
  partial: 4,
} as const;
