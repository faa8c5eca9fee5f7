/**
 * µs per call of `run`, best of `rounds` rounds of `calls` calls. tinybench's figures swing when other
 * work shares the machine; cases timed in alternating short rounds, keeping each one's best round, give
 * steadier ratios.
 */
export function bestOf(run: () => void, rounds = 9, calls = 500): number {
  let min = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    for (let i = 0; i < calls; i++) run();
    min = Math.min(min, ((performance.now() - start) / calls) * 1000);
  }
  return min;
}
