/**
 * jsdom leaves out a few globals Node has and the pages rely on (react-router's TextEncoder,
 * structuredClone): the component tests get Node's own. Nothing changes in the node environment.
 */
import { TextDecoder, TextEncoder } from 'node:util';

const g = globalThis as Record<string, unknown>;
if (typeof window !== 'undefined') {
  g.TextEncoder ??= TextEncoder;
  g.TextDecoder ??= TextDecoder;
  g.structuredClone ??= (value: unknown) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));
}
