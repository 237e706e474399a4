import fc from 'fast-check';
import { isOnlyThanks } from '../../src/core/triage/onlyThanks';
import { triageMessage } from '../../src/core/triage';
import { presetConfig } from '../../src/core/config/presets';
import { mail } from '../fixtures/triage/messages';

/** A bare thanks closes a conversation (inget ärende, SPEC §1); a thanks with anything more is a contact. */
describe('a bare thanks', () => {
  it('is a thanks or an acknowledgement with courtesy around it and a name signing off', () => {
    for (const t of [
      'Tack!',
      'Tack så hemskt mycket!!\n/Britt',
      'Stort tack för hjälpen!\nMvh Britt Ek',
      'Hej Anna, tack för svaret! /Per',
      'Ok tack, då vet jag',
      'Tack!! Nu lyser den 🙂',
      'Thanks a lot!\nBest regards\nJohn Smith',
      'Tack så mycket, då vet jag! Ha en bra dag.',
    ]) {
      expect(isOnlyThanks(t)).toBe(true);
    }
  });

  it('is no longer one with a question, a request, a "but", a "not" or a name asked for', () => {
    for (const t of [
      'Tack. Vad kostar det?', 'Tack, kan ni ringa mig', 'Tack. Ring mig', 'Tack! Ring Anna', 'Tack, skicka blanketten', 'Tack men det funkar inte',
      'Tack, det är inte löst', 'Tack, jag vill överklaga', 'Tack! Kontakta Lennart', 'Hej',
      // a question without its mark, a number, an alarm word on a line of its own, an angry face (independent review)
      'Tack, har ni tömt den', 'Ok. Har ni lagat den', 'Tack! Är det löst nu', 'Hej Anna, tack! Har ni fått den. /Britt', 'Tack. Nu har dom kommit igen',
      'Tack. Det var för mycket', 'Tack. 070-174 06 12', 'Tack så mycket för hjälpen!\nBrådskande', 'Tack.\nAkut!', 'Tack, Nej', 'Tack 😡😡', 'Tack! 3',
      'Tack för svaret. Mamma har inte fått mat idag.', 'Tack för svaret. Lampan lyser inte.', 'Ok tack. Nu är den trasig', 'Ok thanks. Not fixed',
      // a word after a dash or a slash that is no name, and "X, tack" that is "X, please" (second review)
      'Tack – Brådskande!', 'Tack! - Hjälp Mig', 'Tack!\nSnarast', 'Tack / Ring', 'Ok tack – Akut!', 'Svar tack!', 'Hjälp igen tack', 'Besked tack!', 'Info tack',
    ]) {
      expect(isOnlyThanks(t)).toBe(false);
    }
  });

  it('reads a long text in linear time (a bare thanks is short)', () => {
    expect(isOnlyThanks('Tack /' + '.'.repeat(100_000) + 'x')).toBe(false);
    expect(isOnlyThanks('Hej,' + ' '.repeat(100_000) + 'x')).toBe(false);
  });

  it('any thanks with one word of a matter added (before or after) is not a bare thanks', () => {
    const thanks = fc.constantFrom('Tack!', 'Tack så mycket', 'Ok tack', 'Stort tack för hjälpen', 'Thanks a lot', 'Tack, nu fungerar det');
    const matter = fc.constantFrom('ring', 'skicka', 'kostar', 'inte', 'fortfarande', 'men', 'överklaga', 'faktura', 'hämtning', 'when', 'still', 'lampan', 'blanketten', 'behöver', 'kan', 'svar', 'hjälp', 'besked');
    fc.assert(
      fc.property(thanks, matter, fc.boolean(), (t, m, before) => {
        expect(isOnlyThanks(before ? `${m} ${t}` : `${t} ${m}`)).toBe(false);
      }),
    );
  });

  it('makes a reply inget ärende only when it is bare; one word of a matter more keeps the deadline', () => {
    const config = presetConfig('ljungby');
    const reply = (body: string) => triageMessage(mail({ subject: 'Re: Hämtning av grovsopor', body }), config).kind;
    expect(reply('Tack så hemskt mycket!!\n/Britt')).toBe('ej_arende');
    expect(reply('Tack. Vad kostar det?')).not.toBe('ej_arende');
    expect(reply('Tack, kan ni ringa mig')).not.toBe('ej_arende');
    expect(reply('Tack men det funkar inte')).not.toBe('ej_arende');
  });
});
