// What the benches share: interleaved rounds with medians, and a ratio table.

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Runs each contender `callsPerRound` times per round, `rounds` times, alternating who goes first,
 * after `warmup` calls each; `measure(run)` returns the cost of one batch. Medians per call, by name.
 */
export async function interleaved(fns, { rounds, callsPerRound, warmup, measure }) {
  for (const fn of Object.values(fns)) for (let i = 0; i < warmup; i++) await fn();
  const samples = Object.fromEntries(Object.keys(fns).map((k) => [k, []]));
  for (let round = 0; round < rounds; round++) {
    const order = Object.keys(fns);
    if (round % 2) order.reverse();
    for (const name of order) {
      samples[name].push(
        (await measure(async () => {
          for (let i = 0; i < callsPerRound; i++) await fns[name]();
        })) / callsPerRound,
      );
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
}

/** Prints a markdown table of µs per call, with ratios to raw fetch and to @clerk/backend. */
export function printRatios(title, unit, results, target, digits = 0) {
  console.log(`\n${title}\n`);
  console.log(`| call | client | ${unit} | vs raw fetch | vs @clerk/backend | target |\n|---|---|---:|---:|---:|---|`);
  for (const [group, row] of Object.entries(results)) {
    const raw = row['raw fetch + JSON.parse'];
    const official = row['@clerk/backend'];
    for (const [name, us] of Object.entries(row)) {
      console.log(`| ${group} | ${name} | ${us.toFixed(digits)} | ${(us / raw).toFixed(2)}x | ${(us / official).toFixed(2)}x | ${target[group][name] ?? ''} |`);
    }
  }
}
