import { parse as parseJsonc, ParseErrorCode } from 'jsonc-parser';

type Text = { sv: string; en: string };

/** Line and column (1-based) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** What a JSON syntax error means, in words a person fixes it by. */
function syntaxErrorText(code: ParseErrorCode, text: string, offset: number): { text: Text; offset: number } {
  // a comma right before } or ] is the most common slip (JSON has no trailing commas): point at the comma
  let before = offset - 1;
  while (before >= 0 && /\s/.test(text.charAt(before))) before -= 1;
  const next = text.charAt(offset);
  if (text.charAt(before) === ',' && (next === '}' || next === ']')) {
    return {
      text: {
        sv: `ett kommatecken före '${next}': JSON tillåter inget kommatecken efter det sista värdet; ta bort det`,
        en: `a comma before '${next}': JSON allows no comma after the last value; remove it`,
      },
      offset: before,
    };
  }
  const messages: Partial<Record<ParseErrorCode, Text>> = {
    [ParseErrorCode.InvalidSymbol]: { sv: `oväntat tecken '${next}'`, en: `unexpected character '${next}'` },
    [ParseErrorCode.InvalidNumberFormat]: { sv: 'talet är felskrivet', en: 'the number is malformed' },
    [ParseErrorCode.PropertyNameExpected]: {
      sv: 'här ska ett fältnamn inom citattecken stå, till exempel "name"',
      en: 'a field name in double quotes belongs here, e.g. "name"',
    },
    [ParseErrorCode.ValueExpected]: { sv: 'här saknas ett värde', en: 'a value is missing here' },
    [ParseErrorCode.ColonExpected]: { sv: "här saknas ett ':' efter fältnamnet", en: "a ':' is missing after the field name" },
    [ParseErrorCode.CommaExpected]: { sv: "här saknas ett kommatecken ',' mellan två värden", en: "a comma ',' is missing between two values" },
    [ParseErrorCode.CloseBraceExpected]: { sv: "ett '}' saknas: ett objekt är inte avslutat", en: "a '}' is missing: an object is not closed" },
    [ParseErrorCode.CloseBracketExpected]: { sv: "ett ']' saknas: en lista är inte avslutad", en: "a ']' is missing: a list is not closed" },
    [ParseErrorCode.EndOfFileExpected]: {
      sv: 'text efter dokumentets slut; en konfiguration är ett enda JSON-objekt',
      en: 'text after the end of the document; a configuration is one JSON object',
    },
    [ParseErrorCode.InvalidCommentToken]: {
      sv: 'JSON tillåter inga kommentarer; ta bort kommentaren (// … eller /* … */)',
      en: 'JSON allows no comments; remove the comment (// … or /* … */)',
    },
    [ParseErrorCode.UnexpectedEndOfComment]: {
      sv: 'JSON tillåter inga kommentarer; ta bort kommentaren (// … eller /* … */)',
      en: 'JSON allows no comments; remove the comment (// … or /* … */)',
    },
    [ParseErrorCode.UnexpectedEndOfString]: {
      sv: 'en text inom citattecken är inte avslutad (eller har en radbrytning i sig; skriv \\n)',
      en: 'a text in quotes is not closed (or has a line break in it; write \\n)',
    },
    [ParseErrorCode.UnexpectedEndOfNumber]: { sv: 'talet är inte avslutat', en: 'the number is not complete' },
    [ParseErrorCode.InvalidUnicode]: { sv: 'felaktig \\u-kod', en: 'invalid \\u escape' },
    [ParseErrorCode.InvalidEscapeCharacter]: {
      sv: 'felaktigt \\-tecken i texten (skriv \\\\ för ett bakstreck)',
      en: 'invalid \\ escape in the text (write \\\\ for a backslash)',
    },
    [ParseErrorCode.InvalidCharacter]: { sv: 'otillåtet tecken i texten', en: 'invalid character in the text' },
  };
  if (text.trim() === '') {
    return {
      text: {
        sv: 'filen är tom; ta bort den och spara en förinställning att utgå från, till exempel svarstid presets ljungby --out kommun.json',
        en: 'the file is empty; delete it and save a preset to start from, e.g. svarstid presets ljungby --out kommun.json',
      },
      offset: 0,
    };
  }
  return { text: messages[code] ?? { sv: 'inte giltig JSON', en: 'not valid JSON' }, offset };
}

/**
 * The first syntax error of a JSON text, in Swedish and English, with its line and column
 * (1-based), or null when the text is valid JSON. Only the first error is reported: the rest
 * follow from it.
 */
export function jsonSyntaxProblem(text: string): (Text & { offset: number; line: number; column: number }) | null {
  const errors: { error: ParseErrorCode; offset: number; length: number }[] = [];
  parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length === 0) return null;
  const first = errors[0]!;
  const { text: message, offset } = syntaxErrorText(first.error, text, first.offset);
  return { ...message, offset, ...lineAndColumn(text, offset) };
}
