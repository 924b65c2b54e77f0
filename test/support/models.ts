import { readFileSync } from 'node:fs';

/** The smallest organization the schema accepts: only the fields Clerk always sends (shared with the .mjs helpers). */
export const MINIMAL_ORG = JSON.parse(readFileSync(new URL('./minimal-org.json', import.meta.url), 'utf8'));
