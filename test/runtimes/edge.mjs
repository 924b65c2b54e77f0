import * as api from 'clerk-backend-fetch';
import { runScenario } from './scenario.mjs';

globalThis.runScenarioJson = async (baseURL) => JSON.stringify(await runScenario(api, baseURL));
