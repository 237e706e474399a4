import { adminDecision, type AdminDecision } from '../core/admin/access';
import type { Admins } from '../core/config/schema';
import type { GraphMailbox } from './mailbox';

/** Most groups Graph checks in one `checkMemberGroups` call. */
const GROUPS_PER_CALL = 20;

/**
 * Which of the given Microsoft Entra groups the signed-in user is a member of (transitively):
 * `POST /me/checkMemberGroups` with the delegated token the page already holds (User.Read is
 * enough for the signed-in user), 20 groups a call. Used only when the configuration names admin
 * groups; an empty list asks nothing.
 */
export async function memberOfGroups(graph: GraphMailbox, groupIds: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (let i = 0; i < groupIds.length; i += GROUPS_PER_CALL) {
    const body = await graph.call<{ value?: unknown }>('POST', '/me/checkMemberGroups', {
      operation: 'check admin groups',
      body: { groupIds: groupIds.slice(i, i + GROUPS_PER_CALL) },
    });
    if (Array.isArray(body?.value)) found.push(...body.value.filter((v): v is string => typeof v === 'string'));
  }
  return found;
}

/**
 * Whether the signed-in person (`upn`) may use the admin view: named in `admins.users`, or a
 * member of a group in `admins.groups` as Graph answers. When Graph cannot answer, membership is
 * not assumed (the view stays closed, and the reason says the groups could not be checked).
 */
export async function adminDecisionFor(graph: GraphMailbox, admins: Admins | undefined, upn: string): Promise<AdminDecision> {
  const groups = admins?.groups.length ? await memberOfGroups(graph, admins.groups).catch(() => null) : [];
  const decision = adminDecision(admins, { upn, groups: groups ?? [] });
  if (decision.admin || groups !== null) return decision;
  return {
    admin: false,
    reason: {
      sv: `${decision.reason.sv} Gruppmedlemskapet kunde inte kontrolleras just nu.`,
      en: `${decision.reason.en} Group membership could not be checked just now.`,
    },
  };
}
