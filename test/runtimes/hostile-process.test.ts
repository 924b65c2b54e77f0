// Attacks judged from outside the process, on the built package (test/runtimes/hostile-child.mjs):
// an unhandled rejection that would kill it, and memory under a compression bomb.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

describe('in a child process, running the built package', () => {
  const child = async (scenario: string) => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', 'test/runtimes/hostile-child.mjs', scenario], { timeout: 60_000 });
    return JSON.parse(stdout.trim().split('\n').pop()!);
  };

  it('a signal whose addEventListener throws leaves no timer that later kills the process', async () => {
    const out = await child('signal-timer');
    expect(out).toEqual({ ok: true, unhandled: 0, exited: 'normally' });
  });

  it('a compression bomb (0.5 MB of gzip, 512 MB inflated) is cut at maxResponseBytes, memory bounded', async () => {
    const out = await child('bomb');
    expect(out.error).toBe('response_too_large');
    expect(out.growthMB).toBeLessThan(64);
  }, 60_000);
});
