import { Field, Select } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Department } from '../core/config';
import { KIND_NAMES, KINDS, type Kind, type Named } from '../core/vocabulary';
import { useText } from './i18n';

/** The department picker: the configured departments by name (a native select: every keyboard works). */
export function DepartmentPicker(props: {
  departments: readonly Pick<Department, 'id' | 'name' | 'nameEn'>[];
  value: string;
  onChange: (id: string) => void;
  label?: Named;
  disabled?: boolean;
}): ReactNode {
  const t = useText();
  return (
    <Field label={t(props.label ?? { sv: 'Förvaltning', en: 'Department' })}>
      <Select value={props.value} disabled={props.disabled} onChange={(_, data) => props.onChange(data.value)} data-testid="department-picker">
        {props.departments.map((d) => (
          <option key={d.id} value={d.id}>
            {t({ sv: d.name, en: d.nameEn ?? d.name })}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** The kind picker; `ej_arende` is left out by default (it has its own action, "Inget ärende"). */
export function KindPicker(props: {
  value: Kind;
  onChange: (kind: Kind) => void;
  kinds?: readonly Kind[];
  label?: Named;
  disabled?: boolean;
}): ReactNode {
  const t = useText();
  const kinds = props.kinds ?? KINDS.filter((k) => k !== 'ej_arende');
  return (
    <Field label={t(props.label ?? { sv: 'Ärendetyp', en: 'Case type' })}>
      <Select value={props.value} disabled={props.disabled} onChange={(_, data) => props.onChange(data.value as Kind)} data-testid="kind-picker">
        {kinds.map((k) => (
          <option key={k} value={k}>
            {t(KIND_NAMES[k])}
          </option>
        ))}
      </Select>
    </Field>
  );
}
