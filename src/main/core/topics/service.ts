// Topics for the one-on-ones: added by the manager here or by the hire through their packet, kept
// on every agenda until someone marks them discussed or dropped.
import { randomUUID } from 'node:crypto';
import type { ParsedInput } from '@shared/api/contract';
import type { Topic, TopicAuthor } from '@shared/topics/schema';
import { conflict, notFound, validationError } from '../errors';
import type { HireService } from '../hires/service';
import type { TopicRepository } from './repository';

export function createTopicService(deps: {
  topics: TopicRepository;
  hires: Pick<HireService, 'find'>;
  now: () => Date;
}) {
  const { topics, hires, now } = deps;

  async function requireHire(hireId: string): Promise<void> {
    if (!(await hires.find(hireId))) throw notFound('hire', hireId);
  }

  /** Written for the manager by the channel, and for the hire when their answers are imported. */
  async function add(hireId: string, text: string, addedBy: TopicAuthor): Promise<Topic> {
    await requireHire(hireId);
    const topic: Topic = {
      id: randomUUID(),
      hireId,
      text,
      addedBy,
      status: 'open',
      closedOn: null,
      createdAt: now().toISOString(),
    };
    await topics.insert(topic);
    return topic;
  }

  return {
    add,

    async list(input: ParsedInput<'topics.list'>): Promise<Topic[]> {
      await requireHire(input.hireId);
      return topics.list(input.hireId, input.which ?? 'open');
    },

    async close(input: ParsedInput<'topics.close'>): Promise<Topic> {
      const topic = await topics.get(input.id);
      if (!topic) throw notFound('topic', input.id);
      if (topic.status !== 'open') throw conflict(`This topic was already marked ${topic.status}.`);
      if (input.on < topic.createdAt.slice(0, 10)) {
        throw validationError('on', 'A topic cannot be closed before the day it was added');
      }
      await topics.close(topic.id, input.status, input.on);
      return { ...topic, status: input.status, closedOn: input.on };
    },
  };
}

export type TopicService = ReturnType<typeof createTopicService>;
