import { demoConfig } from '../../src/cli/demoCommand';
import { saveWarnings } from '../../src/ui/admin/saveWarnings';

describe('what a stored configuration lacks, said after a save or restore in the admin view (reader round 33, U6)', () => {
  const demo = demoConfig('ljungby');
  const user = demo.admins!.users[0]!;

  it('says nothing when the admins name the person and the on-call service is given', () => {
    expect(saveWarnings(demo, user)).toEqual([]);
    // a sign-in name in another case is the same person
    expect(saveWarnings(demo, user.toUpperCase())).toEqual([]);
  });

  it('warns that nobody can open the view when no admins are named, and that the person is locked out when not named', () => {
    expect(saveWarnings({ ...demo, admins: { users: [], groups: [] } }, user).map((w) => w.sv)).toEqual([expect.stringMatching(/^Obs: konfigurationen namnger inga administratörer, så ingen kan öppna administrationsvyn/)]);
    expect(saveWarnings({ ...demo, admins: { users: ['annan@exempelby.se'], groups: [] } }, user).map((w) => w.sv)).toEqual([expect.stringContaining(`namnger inte dig (${user}) som administratör`)]);
    // through a group the view cannot tell: no warning
    expect(saveWarnings({ ...demo, admins: { users: ['annan@exempelby.se'], groups: ['6f1c0000-0000-0000-0000-000000000000'] } }, user)).toEqual([]);
  });

  it('warns when no on-call service for reports of concern is given', () => {
    const { concernOnCall: _none, ...municipality } = demo.municipality;
    const [w] = saveWarnings({ ...demo, municipality }, user);
    expect(w!.sv).toMatch(/^Obs: konfigurationen har ingen jour för orosanmälningar efter stängning/);
    expect(w!.en).toMatch(/^Note: the configuration has no on-call service/);
  });
});
