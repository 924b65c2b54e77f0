const api = require('clerk-backend-fetch');
import('./scenario.mjs').then(async ({ runScenario }) => {
  const out = await runScenario(api, process.argv[2]);
  console.log(JSON.stringify({ ...out, runtime: `${out.runtime} (require)` }));
});
