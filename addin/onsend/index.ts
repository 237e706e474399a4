import { createOnMessageSendHandler } from './onMessageSendHandler';

// The on-send script (`/addin/onsend.js`, also loaded by `/addin/onsend.html`). Classic Outlook
// on Windows runs it without a DOM and without Office.onReady: register at load, nothing else.
Office.actions.associate(
  'onMessageSendHandler',
  createOnMessageSendHandler({ office: Office, fallbackSettings: __SVARSTID_SENDER_SETTINGS__ }),
);
