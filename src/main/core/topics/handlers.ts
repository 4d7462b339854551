// The topics.* channels: the manager adds a topic here; the hire's come in with their answers.
import type { AreaHandlers } from '../handlers';
import type { TopicService } from './service';

export function topicHandlers(topics: TopicService): AreaHandlers<'topics'> {
  return {
    'topics.list': topics.list,
    'topics.add': ({ hireId, text }) => topics.add(hireId, text, 'manager'),
    'topics.close': topics.close,
  };
}
