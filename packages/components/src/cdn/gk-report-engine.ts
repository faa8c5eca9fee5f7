/** The engine functions `<gk-report show-findings>` and `<gk-findings>` load on demand from the CDN. */
export { ruleById, validate } from '@gongkai/engine';
