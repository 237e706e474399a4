import { TaskPane } from '../../src/ui/taskpane/TaskPane';
import { bootPane } from '../boot';
import { restIdOf } from '../host/mailboxHost';
import { createTaskPaneActions } from './taskPaneActions';

// The read-mode task pane (`/addin/taskpane.html`).
bootPane(
  (session) => {
    const item = session.office.context.mailbox.item as Office.MessageRead;
    const actions = createTaskPaneActions({
      graph: session.graph,
      config: session.config,
      host: {
        messageId: restIdOf(session.office, item),
        conversationId: item.conversationId ?? null,
        mailbox: session.mailbox,
        user: session.user,
        displayReplyForm: (html) => item.displayReplyForm({ htmlBody: html }),
        roamingSettings: session.office.context.roamingSettings ?? null,
      },
    });
    return <TaskPane actions={actions} />;
  },
  { needsItem: { sv: 'Välj ett meddelande för att se dess svarstid.', en: 'Select a message to see its deadline.' } },
);
