import * as api from 'clerk-backend-fetch';
import { runScenario } from './scenario.mjs';
export default {
  async fetch(request, env) {
    return Response.json(await runScenario(api, env.API_URL));
  },
};
