import { Field, Input, Textarea } from '@fluentui/react-components';
import { createContext, useContext, useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { formatPath, type ConfigProblem } from '../../core/config/validate';
import type { SvarstidConfig } from '../../core/config/schema';
import type { Named } from '../../core/vocabulary';
import { useText } from '../i18n';

/**
 * The admin view's draft: the configuration being edited, as a plain JSON document that may be
 * invalid while a person types. Every field is bound to its path in the document; the core's
 * validation (the same as `svarstid check-config`) runs on every change, and each field shows
 * the problems at its own path.
 */

export type Path = readonly (string | number)[];
/** A configuration being edited: valid or not. */
export type Draft = SvarstidConfig;

export function getAt(doc: unknown, path: Path): unknown {
  let node: unknown = doc;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** A copy of `doc` with `value` at `path` (undefined removes an object's key). */
export function setAt<T>(doc: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  const node = (doc ?? (typeof key === 'number' ? [] : {})) as Record<string | number, unknown> | unknown[];
  const child = setAt((node as Record<string | number, unknown>)[key], rest, value);
  if (Array.isArray(node)) {
    const copy = [...node];
    copy[key as number] = child;
    return copy as T;
  }
  const copy: Record<string | number, unknown> = { ...node };
  if (child === undefined) delete copy[key];
  else copy[key] = child;
  return copy as T;
}

export interface DraftApi {
  draft: Draft;
  set(path: Path, value: unknown): void;
  /** Problems whose path is exactly this one. */
  problemsAt(path: Path): ConfigProblem[];
  /** Problems at this path or below it. */
  problemsUnder(path: Path): ConfigProblem[];
}

const DraftContext = createContext<DraftApi | null>(null);

export function DraftProvider({ api, children }: { api: DraftApi; children: ReactNode }): ReactNode {
  return <DraftContext.Provider value={api}>{children}</DraftContext.Provider>;
}

export function useDraft(): DraftApi {
  const api = useContext(DraftContext);
  if (!api) throw new Error('useDraft outside DraftProvider');
  return api;
}

/** Indexes problems by path for the fields. */
export function problemIndex(problems: readonly ConfigProblem[]): Pick<DraftApi, 'problemsAt' | 'problemsUnder'> {
  const byPath = new Map<string, ConfigProblem[]>();
  for (const p of problems) byPath.set(p.path, [...(byPath.get(p.path) ?? []), p]);
  return {
    problemsAt: (path) => byPath.get(formatPath(path)) ?? [],
    problemsUnder: (path) => {
      const prefix = formatPath(path);
      return problems.filter((p) => p.path === prefix || p.path.startsWith(`${prefix}.`) || p.path.startsWith(`${prefix}[`));
    },
  };
}

/** A problem as the field shows it: the field's name first when it is not already said. */
function problemText(problems: readonly ConfigProblem[], t: (n: Named) => string): string | undefined {
  if (problems.length === 0) return undefined;
  return problems.map((p) => t(p)).join(' · ');
}

interface BoundProps {
  path: Path;
  label: Named;
  hint?: Named;
  /** Text shown → value stored (return undefined to remove the key). */
  parse?: (text: string) => unknown;
  /** Value stored → text shown. */
  format?: (value: unknown) => string;
  multiline?: boolean;
  type?: 'text' | 'number' | 'email' | 'date' | 'time';
  testId?: string;
  placeholder?: string;
}

const plainText = (v: unknown): string => (v === undefined || v === null ? '' : typeof v === 'string' ? v : String(v));

/**
 * A text field bound to a path of the draft. It keeps what was typed (so "a, " stays while a
 * list is typed) and stores the parsed value; the field's problems are shown under it, named
 * by the field's label.
 */
export function BoundText({ path, label, hint, parse = (s) => s, format = plainText, multiline, type = 'text', testId, placeholder }: BoundProps): ReactNode {
  const t = useText();
  const { draft, set, problemsAt } = useDraft();
  const value = getAt(draft, path);
  const shown = format(value);
  const [text, setText] = useState(shown);
  // Another change (a preset, a reload) replaced the value: show it.
  useEffect(() => {
    if (format(parse(text)) !== shown) setText(shown);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shown]);
  const problems = problemsAt(path);
  const message = problemText(problems, t);
  const onChange = (next: string) => {
    setText(next);
    set(path, parse(next));
  };
  return (
    <Field
      label={t(label)}
      hint={hint ? t(hint) : undefined}
      validationState={message ? 'error' : 'none'}
      validationMessage={message}
      data-testid={testId}
      data-path={formatPath(path)}
    >
      {multiline ? (
        <Textarea value={text} onChange={(_, d) => onChange(d.value)} resize="vertical" rows={4} placeholder={placeholder} />
      ) : (
        <Input value={text} type={type === 'number' ? 'text' : type} inputMode={type === 'number' ? 'decimal' : undefined} onChange={(_, d) => onChange(d.value)} placeholder={placeholder} />
      )}
    </Field>
  );
}

/** A list written as text, one item per comma (or line). */
export const listParse = (text: string): string[] =>
  text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
export const listFormat = (v: unknown): string => (Array.isArray(v) ? v.join(', ') : '');

/** A number as typed: empty removes it, anything else is stored as a number (NaN is reported by validation). */
export const numberParse = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text.trim().replace(',', '.')));
export const numberFormat = (v: unknown): string => (typeof v === 'number' && Number.isFinite(v) ? String(v).replace('.', ',') : '');

/** An optional text: empty removes it. */
export const optionalParse = (text: string): string | undefined => (text.trim() === '' ? undefined : text);

/** A list of problems, each with where it is, for the errors no single field shows. */
export function ProblemList({ problems, testId }: { problems: readonly ConfigProblem[]; testId?: string }): ReactNode {
  const t = useText();
  const id = useId();
  if (problems.length === 0) return null;
  return (
    <div role="alert" aria-labelledby={id} data-testid={testId} data-count={problems.length}>
      <p id={id} style={{ margin: 0, fontWeight: 600 }}>
        {t({ sv: `${problems.length} ${problems.length === 1 ? 'fel' : 'fel'} att rätta innan du kan spara:`, en: `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} to fix before you can save:` })}
      </p>
      <ul style={{ margin: '0.25rem 0 0 1.25rem', padding: 0 }}>
        {problems.map((p, i) => (
          <li key={i}>
            <code>{p.path || t({ sv: '(hela konfigurationen)', en: '(the whole configuration)' })}</code>: {t(p)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Memoised problems index of a validation result. */
export function useProblemIndex(problems: readonly ConfigProblem[]): Pick<DraftApi, 'problemsAt' | 'problemsUnder'> {
  return useMemo(() => problemIndex(problems), [problems]);
}
