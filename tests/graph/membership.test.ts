import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { adminDecisionFor, memberOfGroups } from '../../src/graph/membership';
import type { GraphMailbox } from '../../src/graph/mailbox';
import { mailboxFor } from '../../src/worker/connect';

/**
 * Admin by group (`admins.groups`): the tab asks Graph `POST /me/checkMemberGroups` with the
 * signed-in person's delegated token, and opens the admin view only to members. Against the
 * emulator, which answers as Graph does (delegated only, at most 20 GUIDs, transitive membership).
 */
const ADMINS = '0f2c7c1e-4b1a-4a8e-9d1e-2b6f0c9a7d31';
const TEAM_LEADS = '5d1e2f3a-0b4c-4d5e-8f6a-7b8c9d0e1f2a'; // a member group of ADMINS
const OTHERS = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';
const UNKNOWN = '11111111-2222-4333-8444-555555555555';

describe('admin membership by group, through src/graph against the emulator', () => {
  let emu: RunningEmulator;
  const as = (user: string | null): GraphMailbox =>
    mailboxFor({ mailbox: emu.mailbox, graphUrl: emu.origin, rate: undefined }, { getToken: async () => emu.issueToken(user ? { user } : {}), invalidate: () => undefined });
  const raw = async (user: string | null, method: string, body?: unknown) => {
    const r = await fetch(`${emu.url}/me/checkMemberGroups`, {
      method,
      headers: { authorization: `Bearer ${emu.issueToken(user ? { user } : {})}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: r.status, body: (await r.json()) as { value?: string[]; error?: { code: string; message: string } } };
  };

  beforeAll(async () => {
    emu = await startEmulator({
      throttle: 'off',
      groups: {
        [ADMINS]: ['anna@exempelby.se', TEAM_LEADS],
        [TEAM_LEADS]: ['Bo@Exempelby.se'],
        [OTHERS]: ['cecilia@exempelby.se'],
      },
    });
  });
  afterAll(() => emu.stop());

  const admins = { users: ['kim@exempelby.se'], groups: [ADMINS] };

  it('opens the admin view to a member of an admin group, directly or through a member group', async () => {
    expect(await adminDecisionFor(as('anna@exempelby.se'), admins, 'anna@exempelby.se')).toEqual({ admin: true, by: 'group' });
    expect(await adminDecisionFor(as('bo@exempelby.se'), admins, 'bo@exempelby.se')).toEqual({ admin: true, by: 'group' });
    // a person named in admins.users needs no group
    expect(await adminDecisionFor(as('kim@exempelby.se'), admins, 'kim@exempelby.se')).toEqual({ admin: true, by: 'user' });
  });

  it('refuses the admin view to a person in no admin group, saying why', async () => {
    const decision = await adminDecisionFor(as('cecilia@exempelby.se'), admins, 'cecilia@exempelby.se');
    expect(decision.admin).toBe(false);
    if (decision.admin) return;
    expect(decision.reason.sv).toContain('Du (cecilia@exempelby.se) är inte administratör');
    // and what to do about it
    expect(decision.reason.sv).toContain('be en av dem lägga till dig under Kommun och avsändarkontroll → Administratörer');
    expect(decision.reason.en).not.toContain('could not be checked');
  });

  it('refuses, and says the groups could not be checked, when Graph does not answer', async () => {
    // an application token has no signed-in person: Graph answers 400 to /me
    const decision = await adminDecisionFor(as(null), admins, 'anna@exempelby.se');
    expect(decision).toMatchObject({ admin: false, reason: { en: expect.stringContaining('could not be checked') } });
  });

  it('asks about more than 20 groups in calls of 20', async () => {
    const many = Array.from({ length: 24 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    many[22] = OTHERS;
    expect(await memberOfGroups(as('cecilia@exempelby.se'), many)).toEqual([OTHERS]);
    expect(await memberOfGroups(as('cecilia@exempelby.se'), [])).toEqual([]);
  });

  it('the emulator answers checkMemberGroups as Graph does', async () => {
    const ok = await raw('anna@exempelby.se', 'POST', { groupIds: [OTHERS, ADMINS, UNKNOWN] });
    expect(ok).toEqual({ status: 200, body: { '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#Collection(Edm.String)', value: [ADMINS] } });
    expect((await raw('anna@exempelby.se', 'POST', { groupIds: Array.from({ length: 21 }, () => ADMINS) })).status).toBe(400);
    expect((await raw('anna@exempelby.se', 'POST', { groupIds: ['admins'] })).body.error?.message).toContain('Invalid GUID');
    expect((await raw('anna@exempelby.se', 'POST', {})).status).toBe(400);
    expect((await raw('anna@exempelby.se', 'GET')).status).toBe(405);
    expect((await raw(null, 'POST', { groupIds: [ADMINS] })).status).toBe(400);
  });
});
