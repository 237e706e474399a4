/**
 * Text handling for triage: HTML to text, the author's newest text, folding and keyword matching.
 * Pure and linear-time; runs in Node, browsers and Outlook.
 */
export { htmlToText, CELL_SEPARATOR } from './htmlToText';
export { newestText, splitMessageText, type MessageTextParts, type SplitOptions } from './splitMessageText';
export { foldText, symbolOf } from './fold';
export { KeywordMatcher, wordAround, type ScanOptions } from './keywordMatcher';
export { keywordProblem, keywordVariants, parseKeyword, type KeywordSpec } from './keywordSyntax';
export { MAX_TEXT_CHARS, MAX_HTML_CHARS, MAX_FIELD_CHARS, MAX_RECIPIENTS } from './limits';
