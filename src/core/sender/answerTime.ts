/**
 * Does a reply tell the citizen when an answer will come? Recognises the ways Swedish
 * (and English) officers write it: a date, a weekday, "inom två arbetsdagar", "senast
 * fredag", "i morgon", "nästa vecka", "vecka 48", a clock time. Linear-time patterns only.
 */
const PATTERNS: readonly RegExp[] = [
  /\b\d{4}-\d{2}-\d{2}\b/, // 2026-11-24
  /\b\d{1,2}\/\d{1,2}\b/, // 24/11
  /\b\d{1,2}(?:e|:e)?\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-z]*\b/i, // 24 november
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2}\b/i, // November 24
  /\b(?:på|senast|till|före|nästa|kommande|on|by|next|before)\s+(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)/i,
  /\binom\s+(?:\d+|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio)\s+(?:arbets)?(?:dagar|dag|dygn|timmar|timme|veckor|vecka)\b/i,
  /\bwithin\s+(?:\d+|one|two|three|four|five|a)\s+(?:working\s+|business\s+)?(?:days?|hours?|weeks?)\b/i,
  /\b(?:i\s*morgon|imorgon|i\s+dag|idag|i\s+eftermiddag|nästa\s+vecka|denna\s+vecka|den\s+här\s+veckan|tomorrow|today|next\s+week|this\s+week)\b/i,
  /\bvecka\s+\d{1,2}\b/i,
  /\b(?:kl\.?|klockan)\s*\d{1,2}(?:[:.]\d{2})?\b/i,
];

export function statesAnswerTime(text: string): boolean {
  return PATTERNS.some((p) => p.test(text));
}
