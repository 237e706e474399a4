import { ComposePane } from '../../src/ui/compose/ComposePane';
import { bootPane } from '../boot';
import { officeCall } from '../host/officeAsync';
import { createComposeActions } from './composeActions';

// The compose pane (`/addin/compose.html`): the sender check while the person writes.
bootPane(
  (session) => {
    const item = session.office.context.mailbox.item as Office.MessageCompose;
    const actions = createComposeActions({
      graph: session.graph,
      config: session.config,
      host: {
        bodyText: () => officeCall<string>('body.getAsync', (cb) => item.body.getAsync(Office.CoercionType.Text, cb)),
        bodyType: () => officeCall<Office.CoercionType>('body.getTypeAsync', (cb) => item.body.getTypeAsync(cb)).then((t) => ((t as unknown) === 'html' ? 'html' : 'text')),
        from: () =>
          item.from?.getAsync
            ? officeCall<Office.EmailAddressDetails>('from.getAsync', (cb) => item.from.getAsync(cb)).then((d) => d.emailAddress ?? null)
            : Promise.resolve(null),
        sharedOwner: session.mailbox.shared ? session.mailbox.address : null,
        conversationId: item.conversationId ?? null,
        setSignature: (content, type) => {
          const coercionType = type === 'html' ? Office.CoercionType.Html : Office.CoercionType.Text;
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
  },
  { needsItem: { sv: 'Öppna ett meddelande du skriver.', en: 'Open a message you are writing.' } },
);
