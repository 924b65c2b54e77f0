import * as api from 'clerk-backend-fetch';
import { runScenario } from './scenario.mjs';

console.log(JSON.stringify(await runScenario(api, process.argv[2] ?? globalThis.Deno?.args[0])));
