import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import type { Named } from '../../core/vocabulary';
import { useText } from '../i18n';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

/** A titled region of the admin view. */
export function Section({ title, children, testId, actions }: { title: Named; children: ReactNode; testId?: string; actions?: ReactNode }): ReactNode {
  const t = useText();
  const styles = useStyles();
  const id = useId();
  return (
    <section className={styles.section} aria-labelledby={id} data-testid={testId}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: '1rem', flexWrap: 'wrap' }}>
        <Text as="h2" id={id} size={500} weight="semibold" style={{ margin: 0 }}>
          {t(title)}
        </Text>
        {actions}
      </div>
      {children}
    </section>
  );
}
