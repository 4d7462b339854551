export {
  generatePlan,
  PLAN_DEFAULTS,
  MIN_WEEKS,
  MAX_WEEKS,
  CORE_TARGET_WEEKS,
  CORE_MAX_WEEKS,
} from './generate-plan';
export { checkInIntervalDays, liveActivities } from './rules';
export * from './types';
