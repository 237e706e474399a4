/**
 * The Outlook add-in's id: `id` in `manifest/manifest.json` (a test holds them equal). Outlook
 * stores the custom properties an add-in sets on an item under it (`cecp-<id>`), which is how
 * the acknowledgement action's marker reaches the sent item (`src/core/acknowledgement/marker.ts`).
 */
export const ADDIN_ID = '5f0c1d2e-7a3b-4c9d-8e6f-0a1b2c3d4e5f';
