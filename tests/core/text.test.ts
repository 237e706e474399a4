import fc from 'fast-check';
import { foldText, htmlToText, KeywordMatcher, keywordProblem, MAX_TEXT_CHARS, newestText, parseKeyword, splitMessageText } from '../../src/core/text';

function matches(keyword: string, text: string, ocr = false): string[] {
  const matcher = new KeywordMatcher([parseKeyword(keyword)]);
  const found: string[] = [];
  matcher.scan(text, (_id, start, end) => found.push(text.slice(start, end)), { ocr });
  return found;
}

describe('htmlToText', () => {
  it('keeps the words a person reads and drops head, style and script', () => {
    const html = '<html><head><title>X</title><style>p{color:red}</style></head><body><script>alert(1)</script><p>Hej!</p><p>Lampan &auml;r trasig&nbsp;igen</p></body></html>';
    expect(htmlToText(html)).toBe('Hej!\n\nLampan är trasig igen');
  });

  it('ends lines at <br> and block elements and collapses whitespace', () => {
    expect(htmlToText('<div>rad   ett<br>rad\n två</div><div>rad tre</div>')).toBe('rad ett\nrad två\nrad tre');
  });

  it('joins the cells of a web-form table row with a separator', () => {
    const html = '<table><tr><td><b>Typ av synpunkt</b></td><td>Klagomål</td></tr><tr><td>Område</td><td>Gator</td></tr></table>';
    expect(htmlToText(html)).toBe('Typ av synpunkt | Klagomål\nOmråde | Gator');
  });

  it('marks blockquote lines as quoted', () => {
    expect(htmlToText('<p>Tack!</p><blockquote><p>Hej, vi har tagit emot</p></blockquote>')).toBe('Tack!\n\n> Hej, vi har tagit emot');
  });

  it('reads upper-case tags and comments', () => {
    expect(htmlToText('<P>Ett<!-- dolt --></P><STYLE>x</STYLE><BR>Två')).toBe('Ett\n\nTvå');
  });

  it('does not throw on malformed markup', () => {
    for (const html of ['<p', '<<<>>>', '<div class="a>b', '</p></div>text', '<style>never closed', '&#xZZ; &bogus; &amp', '<a href=">">x</a>']) {
      expect(() => htmlToText(html)).not.toThrow();
    }
    expect(htmlToText('<a href=">">länk</a>')).toBe('länk');
  });

  it('survives deeply nested markup in linear time', () => {
    const html = '<div>'.repeat(50_000) + 'djupt' + '</div>'.repeat(50_000);
    const started = Date.now();
    expect(htmlToText(html)).toContain('djupt');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('returns at most 64 KB of text from a huge body', () => {
    const html = '<p>' + 'lång text '.repeat(200_000) + '</p>';
    expect(htmlToText(html).length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
  });

  it('never throws on arbitrary input', () => {
    fc.assert(fc.property(fc.string(), (s) => typeof htmlToText(s) === 'string'));
  });
});

describe('newestText', () => {
  it('drops an Outlook reply header and everything after it', () => {
    const text = 'Ja, det går bra.\n\nFrån: Sjöbacka kommun <kontakt@sjobacka.se>\nSkickat: den 2 maj 2026 14:03\nTill: Anna\nÄmne: SV: Bygglov\n\nHej Anna, bygglov …';
    expect(newestText(text)).toBe('Ja, det går bra.');
  });

  it('drops "-----Ursprungligt meddelande-----" blocks', () => {
    expect(newestText('Här kommer blanketten.\n-----Ursprungligt meddelande-----\nFrån: x\nHej')).toBe('Här kommer blanketten.');
  });

  it('drops an SMS gateway\'s conversation history ("--- Tidigare i konversationen ---")', () => {
    expect(newestText('Tack!\n\n--- Tidigare i konversationen ---\n[lör 13 feb 2027 kl. 13:48] Kommunen: Vattnet är tillbaka. Det kan vara missfärgat en stund.')).toBe('Tack!');
  });

  it('drops "Den … skrev:" and "On … wrote:" history', () => {
    expect(newestText('Tack!\n\nDen 3 april 2026 kl. 10:12 skrev Sjöbacka kommun <kontakt@sjobacka.se>:\n> Hej')).toBe('Tack!');
    expect(newestText('Still broken.\n\nOn Tue, 6 Jan 2026 at 08:00, Sjöbacka kommun <kontakt@sjobacka.se> wrote:\n> We will fix it')).toBe('Still broken.');
  });

  it('drops quoted lines starting with >', () => {
    expect(newestText('> gammal text\nNy text')).toBe('Ny text');
  });

  it('drops the signature after "-- " and mobile signatures', () => {
    expect(newestText('Hej\nLampan är trasig\n-- \nSMS-gatewayen')).toBe('Hej\nLampan är trasig');
    expect(newestText('Lampan är trasig\nSkickat från min iPhone')).toBe('Lampan är trasig');
  });

  it('drops name and title after a closing greeting', () => {
    const parts = splitMessageText('Hej!\nGatlampan lyser inte.\nMed vänlig hälsning\nMaria Holm\nRektor, Västerskolan');
    expect(parts.newest).toBe('Hej!\nGatlampan lyser inte.');
    expect(parts.signature).toContain('Rektor');
  });

  it('keeps voicemail metadata tables (Från/Datum without Till/Ämne) as the author text', () => {
    const text = 'Nytt röstmeddelande\nFrån: | 070-174 06 08\nDatum: | 2026-01-19 06:47\nLängd: | 00:38\nhej gatlampan är släckt';
    expect(newestText(text)).toContain('gatlampan är släckt');
  });

  it('treats the history of a forward as forwarded content', () => {
    const parts = splitMessageText('Se nedan.\n---------- Forwarded message ---------\nFrån: A\nHej, räcket är trasigt', { forward: true });
    expect(parts.newest).toBe('Se nedan.');
    expect(parts.forwarded).toContain('räcket är trasigt');
    expect(parts.quoted).toBe('');
  });
});

describe('foldText', () => {
  it('folds case, å/ä/ö and punctuation', () => {
    expect(foldText('Gatubelysningen är SLÄCKT!! — Øre')).toBe('gatubelysningen ar slackt ore');
  });

  it('keeps other scripts as placeholders', () => {
    expect(foldText('مرحبا hej')).toBe('##### hej');
  });
});

describe('KeywordMatcher', () => {
  it('matches compounds, definite and plural forms', () => {
    expect(matches('belysning', 'Gatubelysningen är släckt')).toEqual(['belysning']);
    expect(matches('bygglov', 'min bygglovsansökan')).toEqual(['bygglov']);
    expect(matches('lekplats', 'lekplatserna')).toEqual(['lekplats']);
  });

  it('matches without å/ä/ö in the text', () => {
    expect(matches('bergvärme', 'vi funderar pa bergvarme')).toEqual(['bergvarme']);
    expect(matches('hösten', 'komvux hosten')).toEqual(['hosten']);
  });

  it('tells å/ä/ö from a/o in text written with them, but not in text written without', () => {
    expect(matches('tömt', 'Ingen har tömt kärlet')).toEqual(['tömt']);
    expect(matches('tömt', 'Vi vill köpa en tomt här')).toEqual([]);
    expect(matches('tömt', 'ingen har tomt karlet')).toEqual(['tomt']);
    expect(matches('=dött=', 'Min dotter är sjuk på förskolan')).toEqual([]);
  });

  it('reads OCR digits inside words as letters in scanned text only', () => {
    expect(matches('ansöker om', 'Jag ans0ker om bidrag', true)).toEqual(['ans0ker om']);
    expect(matches('rollator', 'med rol1ator', true)).toEqual(['rol1ator']);
    expect(matches('rollator', 'med rol1ator')).toEqual([]);
  });

  it("'=' in front allows only the start of a word", () => {
    expect(matches('=gata', 'Storgatan 5')).toEqual([]);
    expect(matches('=gata', 'gatan är mörk')).toEqual(['gata']);
  });

  it("'=' after allows only an inflection", () => {
    expect(matches('=park=', 'parkering')).toEqual([]);
    expect(matches('=park=', 'parken')).toEqual(['park']);
  });

  it('matches keywords of one or two letters as whole words only', () => {
    expect(matches('va', 'vad var det')).toEqual([]);
    expect(matches('va', 'frågor om VA och avfall')).toEqual(['VA']);
  });

  it('matches phrases across line breaks and extra spaces', () => {
    expect(matches('hål i vägen', 'Stort hål  i\nvägen')).toEqual(['hål  i\nvägen']);
  });

  it('does not match a short keyword inside an unrelated word', () => {
    expect(matches('lön', 'lönsamt')).toEqual([]);
  });

  it('matches inside a word only as its head: compounds are right-headed', () => {
    expect(matches('arga', 'jag bor på fiskargatan och undrar')).toEqual([]);
    expect(matches('belysning', 'gatubelysningsstolpen lutar')).toEqual(['belysning']);
    expect(matches('klotter', 'mycket husväggsklotter')).toEqual(['klotter']);
  });

  it('reads a capitalised word inside a sentence as a name: only its head counts', () => {
    expect(matches('arga', 'Jag bor på Fiskargatan 3 och undrar när biblioteket öppnar')).toEqual([]);
    expect(matches('fiske', 'Vi flyttade till Fiskebäck i somras')).toEqual([]);
    expect(matches('bibliotek', 'Jag lånade boken på Stadsbiblioteket')).toEqual(['bibliotek']);
    // at the start of a sentence, a line or a field a capital letter says nothing
    expect(matches('fiske', 'Fiskekort till sjön?')).toEqual(['Fiske']);
    expect(matches('belysning', 'Hej.\nGatubelysningen är trasig')).toEqual(['belysning']);
    expect(matches('belysning', 'GATUBELYSNINGEN ÄR TRASIG')).toEqual(['BELYSNING']);
  });

  it('reads nothing inside a street name, written as a name or followed by a house number', () => {
    expect(matches('skola', 'Vi bor på Skolgatan 5')).toEqual([]);
    expect(matches('kultur', 'adress: Kulturvägen 12')).toEqual([]);
    expect(matches('sten', 'jag bor på bäckestenvägen sju')).toEqual([]);
    expect(matches('sten', 'stenmuren vid vägen rasar')).toEqual(['sten']);
  });
});

describe('keywordProblem', () => {
  it('rejects pattern characters and empty keywords', () => {
    expect(keywordProblem('(a+)+$')).not.toBeNull();
    expect(keywordProblem('gat.*')).not.toBeNull();
    expect(keywordProblem(' - ')).not.toBeNull();
    expect(keywordProblem('a=b')).not.toBeNull();
  });

  it('accepts plain words, phrases and the = markers', () => {
    for (const k of ['gatlykta', 'hål i vägen', '=gata', '=park=', 'e-förslag', 'VA']) expect(keywordProblem(k)).toBeNull();
  });
});
