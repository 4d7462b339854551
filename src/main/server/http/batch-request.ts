// The body of POST /api/batch (src/shared/api/batch.ts), checked before any call runs.
import { z } from 'zod';
import { BATCHED_READS, MAX_BATCH_CALLS } from '@shared/api/batch';
import { channelNames, type ChannelName } from '@shared/api/channels';

const knownChannels: ReadonlySet<string> = new Set(channelNames);

/** The body of POST /api/batch: `{ calls: [{ channel, input }, …] }`, each channel a batched read. */
export const batchRequest = z
  .object({
    calls: z
      .array(
        z
          .object({
            channel: z
              .string()
              .max(100)
              .superRefine((name, context) => {
                if (!knownChannels.has(name))
                  context.addIssue({ code: 'custom', message: 'There is no channel by this name' });
                else if (!BATCHED_READS.has(name as ChannelName))
                  context.addIssue({
                    code: 'custom',
                    message: 'Only reads may be batched; send this call on its own to /api/<channel>',
                  });
              }),
            input: z.unknown().optional(),
          })
          .strict(),
      )
      .min(1, 'Send at least one call')
      .max(MAX_BATCH_CALLS, `Send at most ${MAX_BATCH_CALLS} calls in one batch`),
  })
  .strict();
