import fc from 'fast-check';
import { presetConfig } from '../../src/core/config/presets';
import { triageMessage } from '../../src/core/triage';
import { namesNumberedRoad } from '../../src/core/triage/numberedRoad';
import { mail } from '../fixtures/triage/messages';

/**
 * A numbered road is a state road (Trafikverket's): a fault on it is the contact centre's to refer
 * on (Ängsby, Hedemyra, Rödsjö, Kroksta: four writers labelled it so).
 */
describe('a numbered road', () => {
  it('is found in the forms people write it', () => {
    for (const t of ['Hål i vägen på väg 1050 mellan byarna', 'Plats | Väg 296 mellan Kroksta och Rämsjö', 'plogningen på riksväg 40', 'länsväg 27 är spegelblank', 'rv 45 vid avfarten', 'the lights on road 296 are out', 'väg nr 812']) {
      expect(namesNumberedRoad(t)).toBe(true);
    }
  });
  it('never in a street with a house number, a distance or time after "vägen", or a year (property)', () => {
    const street = fc.stringMatching(/^[A-ZÅÄÖ][a-zåäö]{2,8}$/).map((s) => `${s}vägen`);
    fc.assert(fc.property(street, fc.integer({ min: 1, max: 199 }), (name, n) => !namesNumberedRoad(`Gatlampan utanför ${name} ${n} är trasig.`)));
    fc.assert(fc.property(fc.integer({ min: 10, max: 999 }), fc.constantFrom('meter', 'm', 'km', 'minuter', 'kr'), (n, unit) => !namesNumberedRoad(`Det är bara på vägen ${n} ${unit} bort.`)));
    fc.assert(fc.property(fc.integer({ min: 1900, max: 2099 }), (year) => !namesNumberedRoad(`Ansökan om bidrag till enskild väg ${year}`)));
  });
  it('sends a fault on it to the contact centre, and a fault on the municipality’s street to the street department', () => {
    const config = presetConfig('ljungby');
    for (const body of ['Det är ett stort hål i asfalten på väg 1050 mellan Ängsby och Rydsås.', 'Gatlamporna längs väg 1050 vid Rydsås är släckta sedan i måndags.', 'Det har inte plogats på väg 543 sedan i går.']) {
      expect(triageMessage(mail({ subject: 'Fel', body }), config).department).toBe('kontaktcenter');
    }
    expect(triageMessage(mail({ subject: 'Fel', body: 'Gatlamporna längs Rydsåsvägen 12 vid Rydsås är släckta sedan i måndags.' }), config).department).toBe('teknik');
  });
});
