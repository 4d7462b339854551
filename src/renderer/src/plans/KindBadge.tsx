// The kind of an activity (on the job, with people, course) as a coloured badge, wherever activities are listed.
import { Badge } from '@mantine/core';
import { IconBook, IconBriefcase, IconUsers } from '@tabler/icons-react';
import type { ActivityKind } from '@shared/framework/types';

const kindLabels: Record<ActivityKind, string> = {
  experience: 'On the job',
  people: 'With people',
  course: 'Course',
};

const kindIcons = { experience: IconBriefcase, people: IconUsers, course: IconBook };
const kindColors: Record<ActivityKind, string> = { experience: 'indigo', people: 'teal', course: 'grape' };

export function KindBadge({ kind }: { kind: ActivityKind }) {
  const Icon = kindIcons[kind];
  return (
    <Badge variant="light" color={kindColors[kind]} leftSection={<Icon size={12} />} miw="fit-content">
      {kindLabels[kind]}
    </Badge>
  );
}
