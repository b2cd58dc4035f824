import { Button, Group, Modal, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { lazy, Suspense, useState } from 'react';
import type { CommandAccepted, CommandPath } from '../api/http';
import type { FormValues } from './command-schema';
import { can, useSession } from '../session/session';
import { Loading } from '../components/PageState';

// Forms are built from the OpenAPI document: it and the form code load when a form is first opened.
const CommandForm = lazy(() => import('./CommandForm').then((module) => ({ default: module.CommandForm })));

export interface CommandAction {
  readonly label: string;
  readonly path: CommandPath;
  readonly job: 'compliance' | 'operations';
  readonly confirm?: boolean;
  readonly initial?: FormValues;
  /** Extra path parameters this action knows (e.g. an assignment id). */
  readonly params?: Record<string, string>;
  readonly hint?: string;
  /** The command writes to another stream than the page's (e.g. registering an artist from a partner's page): no If-Match. */
  readonly otherStream?: boolean;
}

/**
 * The commands a page offers, as buttons opening a form in a dialog — only those the signed-in role may send.
 * Each form sends If-Match with the revision the page shows.
 */
export function CommandMenu({ actions, params, revision, title = 'Record', onRecorded }: { actions: readonly CommandAction[]; params: Record<string, string>; revision?: string; title?: string; onRecorded?: (result: CommandAccepted) => void }) {
  const { session } = useSession();
  const phone = useMediaQuery('(max-width: 48em)');
  const [open, setOpen] = useState<CommandAction | undefined>();
  const allowed = actions.filter((action) => can(session.role, action.job));
  if (allowed.length === 0) return null;
  return (
    <section aria-label={title}>
      <Group gap="xs" wrap="wrap">
        {allowed.map((action) => (
          <Button key={action.label} size="xs" variant="light" onClick={() => setOpen(action)}>{action.label}</Button>
        ))}
      </Group>
      <Modal opened={open !== undefined} onClose={() => setOpen(undefined)} title={open?.label} size="lg" fullScreen={phone} closeButtonProps={{ 'aria-label': 'Close' }}>
        {open && (
          <>
            {open.hint && <Text size="sm" c="dimmed" mb="sm">{open.hint}</Text>}
            <Suspense fallback={<Loading what="the form" />}>
              <CommandForm path={open.path} params={{ ...params, ...open.params }} initial={open.initial} revision={open.otherStream ? undefined : revision} confirm={open.confirm} onRecorded={onRecorded} />
            </Suspense>
          </>
        )}
      </Modal>
    </section>
  );
}
