import type { System } from './system.js';

/** Why a trial assignment of the unknowns fails, or `ok`. */
export type Settled = 'ok' | 'broken';

/**
 * Solves the equations of the given components for the unknown cells (NaN in `work`) the only ways
 * that need no guess: an equation with one unknown left fixes it, and unknowns on one side of an
 * equation that must add up to 0 are all 0 (counts are never negative). Then every equation with no
 * unknown left must hold, and every value found must be a whole number ≥ 0. Unknowns in equations
 * with two or more unknowns stay NaN (free: the figures do not pin them). `work` is changed in place.
 *
 * Exact in what it rejects (an equation that cannot hold, a negative or fractional count), so a fix
 * it rejects is no fix; lenient only where unknowns stay free.
 */
export function settle(system: System, work: Float64Array, equations: readonly number[]): Settled {
  const { cells, coefs, constants } = system;
  const done = new Uint8Array(system.count);
  for (let progress = true; progress; ) {
    progress = false;
    for (const e of equations) {
      if (done[e]) continue;
      const list = cells[e] as Int32Array;
      const signs = coefs[e] as Int8Array;
      let sum = constants[e] as number;
      let unknown = -1;
      let unknowns = 0;
      let mixed = false;
      for (let k = 0; k < list.length; k++) {
        const v = work[list[k] as number] as number;
        if (Number.isNaN(v)) {
          if (unknowns > 0 && signs[k] !== signs[unknown]) mixed = true;
          unknowns++;
          unknown = k;
        } else sum += (signs[k] as number) * v;
      }
      if (unknowns > 1) {
        if (mixed) continue;
        // Counts are ≥ 0: unknowns on one side that must add up to 0 are all 0, and to less than 0
        // cannot be.
        const needed = -sum * (signs[unknown] as number);
        if (needed < -1e-9) return 'broken';
        if (Math.abs(needed) > 1e-9) continue;
        for (let k = 0; k < list.length; k++)
          if (Number.isNaN(work[list[k] as number] as number)) work[list[k] as number] = 0;
        done[e] = 1;
        progress = true;
        continue;
      }
      done[e] = 1;
      if (unknowns === 0) {
        if (Math.abs(sum) > 1e-9 * Math.max(1, Math.abs(sum))) return 'broken';
        continue;
      }
      // coef·x + sum = 0, coef = ±1.
      const value = -sum * (signs[unknown] as number);
      if (value < 0 || Math.abs(value - Math.round(value)) > 1e-9) return 'broken';
      work[list[unknown] as number] = Math.round(value);
      progress = true;
    }
  }
  return 'ok';
}
