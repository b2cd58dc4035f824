import { AppShell, Badge, Burger, Button, Group, NavLink as MantineNavLink, ScrollArea, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
import { useLiveEvents } from '../live/useLiveEvents';
import { useSession } from '../session/session';
import { navigationFor } from './navigation';

/** Header (who is signed in, live status, sign out), navigation for the role, and the page. */
export function AppLayout({ children }: { children: ReactNode }) {
  const { session, signOut } = useSession();
  const [opened, { toggle, close }] = useDisclosure(false);
  const live = useLiveEvents();
  const location = useLocation();
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <a href="#main" className="skip-link">Skip to content</a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={opened ? 'Close navigation' : 'Open navigation'} />
            <Title order={2} size="h4" style={{ whiteSpace: 'nowrap', fontSize: 'clamp(15px, 4vw, 20px)' }}>
              <Link to="/" className="brand-link">Partnership Ledger</Link>
            </Title>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Badge variant="dot" color={live === 'live' ? 'teal' : 'gray'} visibleFrom="xs" title="New records appear without reloading while this is live">
              {live === 'live' ? 'Live' : live === 'connecting' ? 'Connecting' : 'Reconnecting'}
            </Badge>
            <Text size="sm" visibleFrom="md" data-testid="signed-in-as">
              {session.actor} <VisuallyHidden>role</VisuallyHidden>
            </Text>
            <Badge variant="outline" color="indigo.9" tt="none" visibleFrom="sm">{session.role}</Badge>
            <Button size="xs" variant="default" onClick={() => void signOut()} style={{ flexShrink: 0 }}>Sign out</Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main navigation">
        <ScrollArea>
          <Stack gap="md">
            {navigationFor(session.role).map((section) => (
              <nav key={section.label} aria-label={section.label}>
                <Text size="xs" fw={700} tt="uppercase" c="dimmed" px="sm" mb={4}>{section.label}</Text>
                {section.items.map((item) => (
                  <MantineNavLink
                    key={item.to}
                    component={NavLink}
                    variant="filled"
                    to={item.to}
                    label={item.label}
                    active={location.pathname === item.to || location.pathname.startsWith(`${item.to}/`)}
                    onClick={close}
                  />
                ))}
              </nav>
            ))}
          </Stack>
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
