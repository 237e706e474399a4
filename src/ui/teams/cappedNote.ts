import type { Named } from '../../core/vocabulary';
import { joinList } from '../../core/text/joinList';

/**
 * What the lead view says when Graph's 5 000-message cap of a filtered delta cut a folder's
 * first read short: which folders (by display name; `null` is the inbox itself), what that
 * means for the queue and the figures, and what to do about it.
 */
export function cappedNote(capped: readonly (string | null)[]): Named | null {
  if (capped.length === 0) return null;
  const folders = capped.filter((name): name is string => name !== null);
  const inbox = folders.length < capped.length;
  const sv = [
    ...(inbox ? ['Inkorgen'] : []),
    ...(folders.length === 0 ? [] : [`${folders.length > 1 ? 'mapparna' : 'mappen'} ${joinList(folders.map((n) => `”${n}”`), 'och')} i Inkorgen`]),
  ];
  const en = [
    ...(inbox ? ['the Inbox'] : []),
    ...(folders.length === 0 ? [] : [`the ${folders.length > 1 ? 'folders' : 'folder'} ${joinList(folders.map((n) => `“${n}”`), 'and')} in the Inbox`]),
  ];
  const several = capped.length > 1;
  return {
    sv:
      `${capitalise(joinList(sv, 'och'))} har ${several ? 'var och en ' : ''}fler än 5 000 meddelanden från de senaste tolv veckorna. ` +
      `Svarstid kan bara läsa de 5 000 nyaste i ${several ? 'varje mapp' : 'en mapp'}, så äldre meddelanden kan saknas i kön och i siffrorna. ` +
      'Flytta gamla, besvarade meddelanden till en mapp utanför Inkorgen (till exempel Arkiv), så kommer alla öppna med.',
    en:
      `${capitalise(joinList(en, 'and'))} ${several ? 'each have' : 'has'} more than 5,000 messages from the last twelve weeks. ` +
      `Svarstid can read only the newest 5,000 in ${several ? 'each folder' : 'a folder'}, so older messages may be missing from the queue and the figures. ` +
      'Move old, answered messages to a folder outside the Inbox (for example Archive) so that every open one is included.',
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
