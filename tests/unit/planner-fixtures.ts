// Realistic assessments for the three common moves into product management, as a manager would
// rate a typical person: the reference plans the tests, the benchmark and the coach's review read.
import type { Level } from '../../src/shared/framework/types';

export const REFERENCE_START = '2027-01-04';

export const realisticLevels: Record<
  'project-manager' | 'product-owner' | 'software-engineer',
  Record<string, Level>
> = {
  'project-manager': {
    'outcome-ownership': 1,
    'vision-roadmap': 1,
    prioritisation: 2,
    'business-acumen': 2,
    'customer-discovery': 1,
    'data-fluency': 1,
    'user-experience': 1,
    'market-awareness': 2,
    specification: 2,
    'backlog-management': 2,
    'delivery-planning': 4,
    'technical-fluency': 2,
    'stakeholder-management': 4,
    communication: 3,
    'influence-leadership': 3,
  },
  'product-owner': {
    'outcome-ownership': 1,
    'vision-roadmap': 2,
    prioritisation: 3,
    'business-acumen': 1,
    'customer-discovery': 2,
    'data-fluency': 1,
    'user-experience': 2,
    'market-awareness': 1,
    specification: 3,
    'backlog-management': 4,
    'delivery-planning': 2,
    'technical-fluency': 2,
    'stakeholder-management': 2,
    communication: 2,
    'influence-leadership': 2,
  },
  'software-engineer': {
    'outcome-ownership': 1,
    'vision-roadmap': 1,
    prioritisation: 1,
    'business-acumen': 0,
    'customer-discovery': 0,
    'data-fluency': 2,
    'user-experience': 1,
    'market-awareness': 0,
    specification: 2,
    'backlog-management': 1,
    'delivery-planning': 2,
    'technical-fluency': 4,
    'stakeholder-management': 1,
    communication: 2,
    'influence-leadership': 2,
  },
};
