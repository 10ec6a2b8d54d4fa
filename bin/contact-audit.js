#!/usr/bin/env node
// The installed command: runs the bundled CLI (npm run build writes it).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli/contact-audit.js', import.meta.url));
if (!existsSync(bundle)) {
  console.error('contact-audit: the CLI is not built yet. Run `npm run build` in the contact-audit folder first.');
  process.exit(70);
}
await import(bundle);
