/**
 * `@gongkai/schema/printed`: the one model of the printed report (each table as the official form prints
 * it, and its grid). An entry of its own, so bundles that only check report JSON do not carry it.
 */
export * from './printed/index.js';
