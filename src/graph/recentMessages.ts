import type * as MG from '@microsoft/microsoft-graph-types';
import { dashboardFolders } from './dashboard';
import { query, type GraphMailbox } from './mailbox';
import { TRIAGE_SELECT } from './messageFields';

/**
 * The mailbox's most recent messages for the admin view's preview (issue 9): the inbox and the
 * folders directly under it (where routing moves mail), newest first, with what the core's
 * triage reads — the same fields the worker reads, and no record. Read on demand, kept in the
 * page's memory only, never logged.
 */
export const PREVIEW_SELECT = [...TRIAGE_SELECT, 'categories'] as const;

const PAGE = 100;

export async function readRecentMessages(graph: GraphMailbox, count: number): Promise<MG.Message[]> {
  const folders = await dashboardFolders(graph);
  const all: MG.Message[] = [];
  for (const folder of folders) {
    let next: string | null = `${graph.base}/mailFolders/${encodeURIComponent(folder)}/messages${query({
      $select: PREVIEW_SELECT.join(','),
      $orderby: 'receivedDateTime desc',
      $top: Math.min(PAGE, count),
    })}`;
    let taken = 0;
    while (next !== null && taken < count) {
      const page: Awaited<ReturnType<GraphMailbox['page']>> = await graph.page<MG.Message>(next, 'read recent messages', PAGE);
      all.push(...(page.value as MG.Message[]));
      taken += page.value.length;
      next = page.nextLink;
    }
  }
  return all
    .sort((a, b) => Date.parse(b.receivedDateTime ?? '') - Date.parse(a.receivedDateTime ?? ''))
    .slice(0, count);
}
