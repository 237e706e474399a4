import type { ReactNode } from 'react';
import { TaskPane } from '../../src/ui/taskpane/TaskPane';
import { restIdOf } from '../host/mailboxHost';
import { openSession } from '../session';
import { createTaskPaneActions } from './taskPaneActions';

/** The read-mode task pane for the item Outlook shows now (the pane's own chunk). */
export async function open(office: typeof Office): Promise<ReactNode> {
  const session = await openSession(office);
  const item = office.context.mailbox.item as Office.MessageRead;
  const actions = createTaskPaneActions({
    graph: session.graph,
    config: session.config,
    loadCore: () => import(/* webpackChunkName: "taskpane-core" */ './lazyCore'),
    host: {
      messageId: restIdOf(office, item),
      conversationId: item.conversationId ?? null,
      mailbox: session.mailbox,
      user: session.user,
      displayReplyForm: (html) => item.displayReplyForm({ htmlBody: html }),
      roamingSettings: office.context.roamingSettings ?? null,
    },
  });
  return <TaskPane actions={actions} />;
}
