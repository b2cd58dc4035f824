import { Anchor, Breadcrumbs, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export function PageHeader({ title, crumbs = [], children, subtitle }: { title: ReactNode; subtitle?: ReactNode; crumbs?: readonly { label: string; to: string }[]; children?: ReactNode }) {
  return (
    <Stack gap={4} mb="md">
      {crumbs.length > 0 && (
        <Breadcrumbs aria-label="Breadcrumb" separator="›">
          {crumbs.map((crumb) => (
            <Anchor key={crumb.to} component={Link} to={crumb.to} size="sm">{crumb.label}</Anchor>
          ))}
        </Breadcrumbs>
      )}
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Title order={1} size="h2">{title}</Title>
        {children}
      </Group>
      {subtitle && <Text c="dimmed">{subtitle}</Text>}
    </Stack>
  );
}
