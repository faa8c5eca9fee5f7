import type { Plan } from '../plan.js';

/**
 * The report's sums as one linear system over the plan's cells: equation `e` holds when
 * Σ coef·cell + constant = 0 (lhs cells count +1, rhs cells −1). Built once per plan; last year's
 * figures enter only as constants (`withCarryOver`), so this year's cells stay the unknowns.
 */
export interface System {
  plan: Plan;
  /** Rule of each equation, as the findings name it. */
  rules: readonly string[];
  /** The rules above, once each. */
  ruleSet: ReadonlySet<string>;
  cells: readonly Int32Array[];
  coefs: readonly Int8Array[];
  constants: Float64Array;
  /** The equations each cell sits in. */
  ofCell: readonly (readonly number[])[];
  /** Connected component of each equation: sums that share no cell cannot explain each other. */
  component: Int32Array;
  /** Number of equations (the plan's first, then any cross-year ones). */
  count: number;
}

const systems = new WeakMap<Plan, System>();

/** The system of the plan's own sums (row sums, results sums, balances, table 四's group totals). */
export function systemOf(plan: Plan): System {
  let system = systems.get(plan);
  if (!system) {
    const rules = plan.equations.map((e) => e.def.rule);
    const cells = plan.equations.map((e) => Int32Array.from([...e.lhs, ...e.rhs]));
    const coefs = plan.equations.map((e) => Int8Array.from([...e.lhs.map(() => 1), ...e.rhs.map(() => -1)]));
    system = build(plan, rules, cells, coefs, new Float64Array(cells.length));
    systems.set(plan, system);
  }
  return system;
}

/**
 * The plan's sums plus `cross-year.carry-over`: each column's 上年结转 equals last year's 结转下年度,
 * a constant here. A column whose figure last year is blank or absent adds nothing.
 */
export function withCarryOver(plan: Plan, previous: (address: string) => number): System {
  const base = systemOf(plan);
  const rules = [...base.rules];
  const cells = [...base.cells];
  const coefs = [...base.coefs];
  const constants: number[] = [...base.constants];
  for (const eq of plan.crossYear) {
    if (eq.def.rule !== 'cross-year.carry-over') continue;
    let before = 0;
    for (const address of eq.def.previous) before += previous(address);
    if (Number.isNaN(before)) continue;
    rules.push(eq.def.rule);
    cells.push(Int32Array.of(eq.cell));
    coefs.push(Int8Array.of(1));
    constants.push(-before);
  }
  return build(plan, rules, cells, coefs, Float64Array.from(constants));
}

function build(
  plan: Plan,
  rules: string[],
  cells: Int32Array[],
  coefs: Int8Array[],
  constants: Float64Array,
): System {
  const ofCell: number[][] = plan.cells.map(() => []);
  cells.forEach((list, e) => {
    for (const c of list) ofCell[c]?.push(e);
  });
  // Union-find over equations through the cells they share.
  const parent = Int32Array.from(cells.keys());
  const root = (e: number): number => {
    while (parent[e] !== e) e = parent[e] = parent[parent[e] as number] as number;
    return e;
  };
  for (const list of ofCell)
    for (let k = 1; k < list.length; k++) parent[root(list[k] as number)] = root(list[0] as number);
  const component = Int32Array.from(cells.keys(), root);
  return {
    plan,
    rules,
    ruleSet: new Set(rules),
    cells,
    coefs,
    constants,
    ofCell,
    component,
    count: cells.length,
  };
}
