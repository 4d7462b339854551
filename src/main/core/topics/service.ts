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

  function requireHire(hireId: string): void {
    if (!hires.find(hireId)) throw notFound('hire', hireId);
  }

  /** Written for the manager by the channel, and for the hire when their answers are imported. */
  function add(hireId: string, text: string, addedBy: TopicAuthor): Topic {
    requireHire(hireId);
    const topic: Topic = {
      id: randomUUID(),
      hireId,
      text,
      addedBy,
      status: 'open',
      closedOn: null,
      createdAt: now().toISOString(),
    };
    topics.insert(topic);
    return topic;
  }

  return {
    add,

    list(input: ParsedInput<'topics.list'>): Topic[] {
      requireHire(input.hireId);
      return topics.list(input.hireId, input.which ?? 'open');
    },

    close(input: ParsedInput<'topics.close'>): Topic {
      const topic = topics.get(input.id);
      if (!topic) throw notFound('topic', input.id);
      if (topic.status !== 'open') throw conflict(`This topic was already marked ${topic.status}.`);
      if (input.on < topic.createdAt.slice(0, 10)) {
        throw validationError('on', 'A topic cannot be closed before the day it was added');
      }
      topics.close(topic.id, input.status, input.on);
      return { ...topic, status: input.status, closedOn: input.on };
    },
  };
}

export type TopicService = ReturnType<typeof createTopicService>;
