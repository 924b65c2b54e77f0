import * as api from 'clerk-backend-fetch';
import { runScenario } from './scenario.mjs';
export default {
  async fetch(_request, env) {
    const out = await runScenario(api, env.API_URL);
    // A Workers service binding as the fetch: the binding object itself, which the client calls as its method.
    const viaBinding = api.createClient('sk_test_runtime_key', { fetch: env.CLERK_PROXY, retry: false });
    const r = await api.getOrganization(viaBinding, { organization_id: 'org_rt' });
    out.steps.binding = r.ok ? r.data.id : { error: r.error.type, message: r.error.message };
    return Response.json(out);
  },
};
