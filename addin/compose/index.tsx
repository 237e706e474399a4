import { bootPane } from '../boot';

// The compose pane (`/addin/compose.html`): the sender check while the person writes.
bootPane(() => import(/* webpackChunkName: "compose-view" */ './pane'), {
  needsItem: { sv: 'Öppna ett meddelande du skriver.', en: 'Open a message you are writing.' },
});
