// How long a plan may run: the weeks the planner fits the core plan and the whole plan within.
/** A plan lasts at least this long, so even a small move gets a few coached weeks. */
export const MIN_WEEKS = 4;
/** Plans are kept within a year by doing fewer activities per goal, never by more hours. */
export const MAX_WEEKS = 52;
/** The core plan should fit the six months a move usually takes to break even… */
export const CORE_TARGET_WEEKS = 26;
/** …and the plan says what it would take when it runs past this. */
export const CORE_MAX_WEEKS = 30;
