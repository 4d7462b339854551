export { generatePlan, PLAN_DEFAULTS, MIN_WEEKS, MAX_WEEKS } from './generate-plan';
export * from './types';
