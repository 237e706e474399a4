import type { GraphMailbox } from './mailbox';

/**
 * Which of the given Microsoft Entra groups the signed-in user is a member of (transitively):
 * `POST /me/checkMemberGroups` with the delegated token the page already holds. Used only when
 * the configuration names admin groups; an empty list asks nothing.
 */
export async function memberOfGroups(graph: GraphMailbox, groupIds: readonly string[]): Promise<string[]> {
  if (groupIds.length === 0) return [];
  const body = await graph.call<{ value?: unknown }>('POST', '/me/checkMemberGroups', {
    operation: 'check admin groups',
    body: { groupIds: groupIds.slice(0, 20) },
  });
  return Array.isArray(body?.value) ? body.value.filter((v): v is string => typeof v === 'string') : [];
}
