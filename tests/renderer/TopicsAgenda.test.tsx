// The topics in a one-on-one's Goal section: the hire's marked as theirs, added and closed through
// the core, and a refusal shown beside the field.
import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Topic } from '../../src/shared/topics/schema';
import { TopicsAgenda } from '../../src/renderer/src/topics/TopicsAgenda';
import { ok, renderWithApp } from './render';

const theirs: Topic = {
  id: 'topic-1',
  hireId: 'hire-1',
  text: 'How do I say no to sales?',
  addedBy: 'hire',
  status: 'open',
  closedOn: null,
  createdAt: '2027-01-20T09:00:00.000Z',
};

describe('Topics in the agenda', () => {
  it('marks the hire’s topics as theirs and closes one on the one-on-one’s day', async () => {
    let open = [theirs];
    const { call } = renderWithApp(
      <TopicsAgenda hireId="hire-1" hireName="Priya" closeOn="2027-02-01" />,
      (channel) => {
        if (channel === 'topics.close') {
          open = [];
          return ok({ ...theirs, status: 'discussed', closedOn: '2027-02-01' });
        }
        return ok(open);
      },
    );
    expect(await screen.findByText('How do I say no to sales?')).toBeTruthy();
    expect(screen.getByText('From Priya')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Mark discussed: How do I say no to sales?' }));
    await waitFor(() =>
      expect(call).toHaveBeenCalledWith('topics.close', {
        id: 'topic-1',
        status: 'discussed',
        on: '2027-02-01',
      }),
    );
    expect(await screen.findByText(/No open topics/)).toBeTruthy();
  });

  it('adds the manager’s topic and shows a refusal beside the field', async () => {
    const { call } = renderWithApp(
      <TopicsAgenda hireId="hire-1" hireName="Priya" closeOn="2027-02-01" />,
      (channel) =>
        channel === 'topics.add'
          ? {
              ok: false,
              error: {
                code: 'VALIDATION',
                message: 'text: Write the topic',
                issues: [{ field: 'text', message: 'Write the topic' }],
              },
            }
          : ok([]),
    );
    await screen.findByText(/No open topics/);
    await userEvent.type(screen.getByLabelText('New topic'), ' ');
    await userEvent.click(screen.getByRole('button', { name: 'Add topic' }));
    await waitFor(() => expect(call).toHaveBeenCalledWith('topics.add', { hireId: 'hire-1', text: ' ' }));
    expect(await screen.findByText('Write the topic')).toBeTruthy();
  });
});
