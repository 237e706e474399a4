/** Build-time settings the webpack build defines for the pages (see webpack.config.js). */
declare const __SVARSTID_TARGET__: 'demo' | 'production';
/** The add-in's Entra application (client) id. */
declare const __SVARSTID_CLIENT_ID__: string;
/** The configuration preset used until a configuration is stored in the mailbox. */
declare const __SVARSTID_PRESET__: string;
/** Where the pages are served. */
declare const __SVARSTID_ORIGIN__: string;
/** The on-send script's fallback sender-check settings. */
declare const __SVARSTID_SENDER_SETTINGS__: import('../src/core/sender/checkOutgoingMail').SenderCheckSettings;
