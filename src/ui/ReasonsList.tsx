import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Named } from '../core/vocabulary';
import { useText } from './i18n';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
});

/** Why Svarstid decided as it did: one line per rule or reason, in the page's language. */
export function ReasonsList({ reasons, label }: { reasons: readonly Named[]; label: Named }): ReactNode {
  const t = useText();
  const styles = useStyles();
  if (reasons.length === 0) return null;
  return (
    <ul className={styles.list} aria-label={t(label)} data-testid="reasons" data-count={reasons.length}>
      {reasons.map((r, i) => (
        <li key={i}>
          <Text size={300}>{t(r)}</Text>
        </li>
      ))}
    </ul>
  );
}
