import type { ReactNode } from 'react';
import { ComposePane } from '../../src/ui/compose/ComposePane';
import { officeCall } from '../host/officeAsync';
import { openSession } from '../session';
import { createComposeActions } from './composeActions';

/** The compose pane for the message being written (the pane's own chunk). */
export async function open(office: typeof Office): Promise<ReactNode> {
  const session = await openSession(office);
  const item = office.context.mailbox.item as Office.MessageCompose;
  const actions = createComposeActions({
    graph: session.graph,
    config: session.config,
    host: {
      bodyText: () => officeCall<string>('body.getAsync', (cb) => item.body.getAsync(office.CoercionType.Text, cb)),
      bodyType: () => officeCall<Office.CoercionType>('body.getTypeAsync', (cb) => item.body.getTypeAsync(cb)).then((t) => ((t as unknown) === 'html' ? 'html' : 'text')),
      from: () =>
        item.from?.getAsync
          ? officeCall<Office.EmailAddressDetails>('from.getAsync', (cb) => item.from.getAsync(cb)).then((d) => d.emailAddress ?? null)
          : Promise.resolve(null),
      sharedOwner: session.mailbox.shared ? session.mailbox.address : null,
      conversationId: item.conversationId ?? null,
      setSignature: (content, type) => {
        const coercionType = type === 'html' ? office.CoercionType.Html : office.CoercionType.Text;
        if (typeof item.body.setSignatureAsync === 'function') {
          return officeCall<void>('body.setSignatureAsync', (cb) => item.body.setSignatureAsync(content, { coercionType }, cb));
        }
        return officeCall<void>('body.setSelectedDataAsync', (cb) => item.body.setSelectedDataAsync(content, { coercionType }, cb));
      },
      setSessionData: (key, value) =>
        item.sessionData ? officeCall<void>('sessionData.setAsync', (cb) => item.sessionData.setAsync(key, value, cb)) : Promise.resolve(),
      initializationContext: () =>
        typeof item.getInitializationContextAsync === 'function'
          ? officeCall<string>('getInitializationContextAsync', (cb) => item.getInitializationContextAsync(cb)).catch(() => null)
          : Promise.resolve(null),
    },
  });
  return <ComposePane actions={actions} />;
}
