import type { Role } from '../api/views';
import { can } from '../session/session';

export interface NavItem {
  readonly label: string;
  readonly to: string;
  readonly description: string;
}

export interface NavSection {
  readonly label: string;
  readonly items: readonly NavItem[];
}

/** Each role is offered only what it may do (the server still refuses the rest). */
export function navigationFor(role: Role): NavSection[] {
  const sections: NavSection[] = [];
  const compliance = can(role, 'compliance');
  sections.push({
    label: 'Compliance',
    items: [
      { label: 'Teaching artists', to: '/compliance/artists', description: 'Find an artist; standing per LEA, clearances and their history' },
      { label: 'Partners', to: '/compliance/partners', description: 'Insurance, certification, agreements and roster status' },
      ...(compliance
        ? [
            { label: 'Expiring roster', to: '/compliance/roster', description: 'Who expires soon, by LEA' },
            { label: 'Expiry sweep', to: '/compliance/sweeps', description: 'Record the expiries due by a date' },
            { label: 'Log integrity', to: '/compliance/log-integrity', description: "Keep the event log's chain head for an audit; check the log against it" },
          ]
        : []),
    ],
  });
  sections.push({
    label: 'Operations',
    items: [
      { label: 'Partnerships', to: '/operations/partnerships', description: 'Schools, assignments, sessions; replay a timeline' },
      { label: 'Schools', to: '/operations/schools', description: 'Schools by LEA, Arts Leads and plans' },
      { label: 'Pathways', to: '/operations/pathways', description: 'Course sequences along feeder patterns' },
    ],
  });
  sections.push({
    label: 'Reporting',
    items: [{ label: 'Reports', to: '/reporting', description: 'Arts access, pathways, services, partnership health, roster' }],
  });
  if (role === 'admin') sections.push({ label: 'Administration', items: [{ label: 'System health', to: '/admin/health', description: 'Event store and projection lag' }] });
  return sections;
}
