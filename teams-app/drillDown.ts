import type { SvarstidConfig } from '../src/core/config';
import { parseMailMessage } from '../src/core/message';
import { readMessageWithRecord, type GraphMailbox } from '../src/graph';
import type { DrillDown } from '../src/ui/teams/session';

/**
 * One message for the drill-down: read with its record (src/graph), the reasons in words (the
 * same core module as the add-in's pane, src/core/display/reasons, loaded as its own chunk on first use).
 */
export async function readDrillDown(graph: GraphMailbox, config: SvarstidConfig, id: string): Promise<DrillDown> {
  const read = await readMessageWithRecord(graph, id);
  const m = read.message;
  const from = m.from?.emailAddress;
  const fromText = from ? (from.name && from.address ? `${from.name} <${from.address}>` : (from.address ?? from.name ?? '')) : '';
  let reasons: DrillDown['reasons'] = [];
  const parsed = parseMailMessage(m);
  if (parsed.ok) {
    const { reasonsFor } = await import(/* webpackChunkName: "reasons" */ '../src/core/display/reasons');
    reasons = reasonsFor({ record: read.record, mail: parsed.message, config, assessedKind: read.record?.kind ?? 'fraga' });
  }
  return {
    subject: m.subject ?? '',
    from: fromText,
    received: m.receivedDateTime ?? '',
    body: { contentType: m.body?.contentType === 'html' ? 'html' : 'text', content: m.body?.content ?? '' },
    hasAttachments: m.hasAttachments === true,
    record: read.record,
    reasons,
  };
}
