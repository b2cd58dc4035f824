import { Anchor, Card, SimpleGrid, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../components/PageHeader';
import { useSession } from '../session/session';
import { navigationFor } from './navigation';

/** Where a person starts: what their role can do, in their words. */
export function HomePage() {
  const { session } = useSession();
  return (
    <>
      <PageHeader title="What do you need to do?" subtitle={`Signed in as ${session.actor} (${session.role}).`} />
      {navigationFor(session.role).map((section) => (
        <section key={section.label} aria-labelledby={`home-${section.label}`}>
          <Title order={2} size="h4" id={`home-${section.label}`} mt="md" mb="xs">{section.label}</Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {section.items.map((item) => (
              <Card key={item.to} withBorder radius="md" padding="md">
                <Anchor component={Link} to={item.to} fw={600}>{item.label}</Anchor>
                <Text size="sm" c="dimmed">{item.description}</Text>
              </Card>
            ))}
          </SimpleGrid>
        </section>
      ))}
    </>
  );
}
