import { cappedNote } from '../../src/ui/teams/cappedNote';

describe('the lead view names the folders Graph cut short at 5 000 messages', () => {
  it('says nothing when no folder reached the cap', () => {
    expect(cappedNote([])).toBeNull();
  });

  it('names the Inbox itself', () => {
    const note = cappedNote([null])!;
    expect(note.sv).toMatch(/^Inkorgen har fler än 5 000 meddelanden/);
    expect(note.en).toMatch(/^The Inbox has more than 5,000 messages/);
    expect(note.sv).toContain('Flytta gamla, besvarade meddelanden till en mapp utanför Inkorgen');
  });

  it('names a folder under the Inbox by its display name', () => {
    const note = cappedNote(['Teknik'])!;
    expect(note.sv).toMatch(/^Mappen ”Teknik” i Inkorgen har fler än 5 000/);
    expect(note.en).toMatch(/^The folder “Teknik” in the Inbox has more than 5,000/);
  });

  it('lists several folders with one verb for all', () => {
    const note = cappedNote([null, 'Teknik', 'Skola'])!;
    expect(note.sv).toMatch(/^Inkorgen och mapparna ”Teknik” och ”Skola” i Inkorgen har var och en fler än 5 000/);
    expect(note.sv).toContain('de 5 000 nyaste i varje mapp');
    expect(note.en).toMatch(/^The Inbox and the folders “Teknik” and “Skola” in the Inbox each have more than 5,000/);
    expect(cappedNote(['Teknik', 'Skola'])!.sv).toMatch(/^Mapparna ”Teknik” och ”Skola” i Inkorgen har var och en fler än 5 000/);
  });
});
