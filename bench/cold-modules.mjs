// Counts the module files a Node process loads: `node --import ./bench/cold-modules.mjs ...` registers
// a load hook (in Node's hooks thread) that appends each loaded URL to the file named by
// COLD_MODULES_FILE. ESM only: CommonJS that require()s CommonJS is not seen by hooks in Node 20,
// so bench/cold.mjs adds require.cache from the process itself.
import { appendFileSync } from 'node:fs';
import { register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

if (isMainThread) register(import.meta.url);

export async function load(url, context, nextLoad) {
  if (process.env.COLD_MODULES_FILE) appendFileSync(process.env.COLD_MODULES_FILE, `${url}\n`);
  return nextLoad(url, context);
}
