// What the benches share: interleaved rounds with medians, and a ratio table.

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const mediansOf = (samples) => Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));

/** Per-call costs of every round, by name: each contender's batch in turn, who goes first alternating. */
async function sample(fns, { rounds, callsPerRound, warmup, measure }) {
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
  return samples;
}

/**
 * Runs each contender `callsPerRound` times per round, `rounds` times, alternating who goes first,
 * after `warmup` calls each; `measure(run)` returns the cost of one batch. Medians per call, by name.
 */
export async function interleaved(fns, options) {
  return mediansOf(await sample(fns, options));
}

/**
 * As `interleaved`, keeping every round: `{ median, samples, repeats }`, the medians per call over all
 * rounds and the per-call cost of each round, by name. `ratio` reads the rounds as `repeats`
 * consecutive runs, so a table can show how far the runs spread.
 */
export async function interleavedRepeats(fns, { repeats = 3, ...options }) {
  const samples = await sample(fns, options);
  return { median: mediansOf(samples), samples, repeats };
}

/**
 * A ratio of two contenders: from `interleaved`'s medians, theirs; from `interleavedRepeats`, the median
 * of the ratios round by round (each round's batches ran back to back, so a slow spell of the machine
 * touches both), with the range of that median over the runs: `1.03x (0.98–1.07)`.
 */
export function ratio(result, name, base) {
  if (!result.samples) return `${(result[name] / result[base]).toFixed(2)}x`;
  const { samples, repeats } = result;
  const rs = samples[name].map((us, i) => us / samples[base][i]);
  const per = Math.floor(rs.length / repeats);
  const runs = Array.from({ length: repeats }, (_, r) => median(rs.slice(r * per, r === repeats - 1 ? rs.length : (r + 1) * per)));
  return `${median(rs).toFixed(2)}x (${Math.min(...runs).toFixed(2)}–${Math.max(...runs).toFixed(2)})`;
}

/**
 * Prints a markdown table of µs per call, with ratios to raw fetch and to @clerk/backend. A group is
 * `{ name: µs }` (from `interleaved`) or what `interleavedRepeats` returns, whose ratios are then
 * medians of the rounds' ratios with their range over the runs.
 */
export function printRatios(title, unit, results, target, digits = 0) {
  console.log(`\n${title}\n`);
  console.log(`| call | client | ${unit} | vs raw fetch | vs @clerk/backend | target |\n|---|---|---:|---:|---:|---|`);
  for (const [group, result] of Object.entries(results)) {
    for (const [name, us] of Object.entries(result.samples ? result.median : result)) {
      const ratios = `${ratio(result, name, 'raw fetch + JSON.parse')} | ${ratio(result, name, '@clerk/backend')}`;
      console.log(`| ${group} | ${name} | ${us.toFixed(digits)} | ${ratios} | ${target[group]?.[name] ?? ''} |`);
    }
  }
}
