import { bootPane } from '../boot';

// The read-mode task pane (`/addin/taskpane.html`): the shell renders at once, the pane loads beside it.
bootPane(() => import(/* webpackChunkName: "taskpane-view" */ './pane'), {
  needsItem: { sv: 'Välj ett meddelande för att se dess svarstid.', en: 'Select a message to see its deadline.' },
});
