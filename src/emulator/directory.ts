/**
 * The tenant's groups, as far as Svarstid asks about them: `POST /me/checkMemberGroups` (the tab
 * asks which of the configuration's admin groups the signed-in person is in). Graph's behaviour
 * (user-checkmembergroups): a delegated call only; the body is `{"groupIds": [...]}` of at most 20
 * group object ids (GUIDs); the answer is the ids among them the user is a member of,
 * transitively (a member of a group that is a member of the group), as
 * `{"@odata.context": "…#Collection(Edm.String)", "value": [...]}`. An id that names no group is
 * simply not in the answer.
 */
import { badRequest, invalidBody, methodNotAllowed } from './errors';
import type { EmuRequest, EmuResponse } from './context';

/** Group object id → its members: users by UPN, or other groups by object id. */
export type GroupDirectory = Readonly<Record<string, readonly string[]>>;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Most groups one checkMemberGroups call may name. */
export const CHECK_MEMBER_GROUPS_MAX = 20;

/** Whether `upn` is a member of `groupId`, directly or through nested groups. */
export function isMember(directory: GroupDirectory, upn: string, groupId: string): boolean {
  const user = upn.toLowerCase();
  const byId = new Map(Object.entries(directory).map(([id, members]) => [id.toLowerCase(), members]));
  const seen = new Set<string>();
  const walk = (id: string): boolean => {
    if (seen.has(id)) return false;
    seen.add(id);
    const members = byId.get(id) ?? [];
    return members.some((m) => m.toLowerCase() === user || (byId.has(m.toLowerCase()) && walk(m.toLowerCase())));
  };
  return walk(groupId.toLowerCase());
}

/** `POST /me/checkMemberGroups` for the delegated caller. */
export function checkMemberGroups(req: EmuRequest, directory: GroupDirectory): EmuResponse {
  if (req.method !== 'POST') throw methodNotAllowed();
  const user = req.caller.user;
  if (!user) throw badRequest('/me request is only valid with delegated authentication flow.');
  const body = req.body as { groupIds?: unknown } | null | undefined;
  const ids = body && typeof body === 'object' ? body.groupIds : undefined;
  if (!Array.isArray(ids) || !ids.every((id): id is string => typeof id === 'string')) {
    throw invalidBody("The request body must hold 'groupIds', an array of group ids.");
  }
  if (ids.length > CHECK_MEMBER_GROUPS_MAX) {
    throw badRequest(`Too many groupIds: at most ${CHECK_MEMBER_GROUPS_MAX} may be checked in one request.`, 'Request_BadRequest');
  }
  const invalid = ids.find((id) => !GUID.test(id));
  if (invalid !== undefined) throw badRequest(`Invalid GUID: '${invalid}'.`, 'Request_BadRequest');
  return {
    status: 200,
    body: {
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#Collection(Edm.String)',
      value: ids.filter((id) => isMember(directory, user, id)),
    },
  };
}
