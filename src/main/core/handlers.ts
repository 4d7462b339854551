// The handlers one area answers: exactly its own channels (`<area>.*`), typed by the contract. The
// wiring (services.ts) joins every area's handlers, and TypeScript checks that no channel is left out.
import type { ChannelName } from '@shared/api/channels';
import type { Handlers } from './dispatcher';

export type AreaHandlers<Area extends string> = Pick<Handlers, Extract<ChannelName, `${Area}.${string}`>>;
