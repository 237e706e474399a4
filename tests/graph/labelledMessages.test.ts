import { startEmulator } from '../../src/emulator';
import { RECORD_PROPERTY_ID, buildRecord, serializeRecord } from '../../src/core/record';
import { readLabelledMessages } from '../../src/graph/labelledMessages';
import { mailboxFor } from '../../src/worker/connect';

describe('readLabelledMessages (what pages and the demo show)', () => {
  it.each(['default', 'strict'] as const)('returns every record whole in the %s profile, due time from the record, not the flag', async (profile) => {
    const record = {
      ...buildRecord(
        { policy: 'ljungby@2026.1', channel: 'epost', kind: 'fraga', department: 'teknik', due: '2026-11-24T15:30:00+01:00', target: null, rules: ['x'], categories: [] },
        'manual',
      ),
      handler: { name: 'Anna-Karin Lindqvist Johansson, Kontaktcenter Exempelby', at: '2026-11-23T09:15:00+01:00' },
      note: 'En lång anteckning som gör posten längre än vad Exchange visar i en lista över meddelanden.',
    };
    const text = serializeRecord(record);
    expect(text.length).toBeGreaterThan(255);
    const emu = await startEmulator({
      throttle: 'off',
      profile,
      seed: {
        messages: [
          {
            subject: 'Gatlampa',
            receivedDateTime: '2026-11-20T10:00:00Z',
            // Outlook kept only the date of the flag's due time.
            flag: { flagStatus: 'flagged', startDateTime: { dateTime: '2026-11-20T00:00:00', timeZone: 'UTC' }, dueDateTime: { dateTime: '2026-11-24T00:00:00', timeZone: 'UTC' } },
            singleValueExtendedProperties: [{ id: RECORD_PROPERTY_ID, value: text }],
          },
          { subject: 'Ej märkt', receivedDateTime: '2026-11-20T11:00:00Z' },
        ],
      },
    });
    try {
      const read = await readLabelledMessages(mailboxFor({ mailbox: emu.mailbox, graphUrl: emu.origin }));
      expect(read).toHaveLength(1);
      expect(read[0]!.record).toEqual(record);
      expect(read[0]!.record.due).toBe('2026-11-24T15:30:00+01:00');
    } finally {
      await emu.stop();
    }
  });
});
