import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { UNASSIGNED, type HeadlineCounts as Counts, type QueueFilters } from '../../core/dashboard';
import type { Named } from '../../core/vocabulary';
import { useText } from '../i18n';

const useStyles = makeStyles({
  list: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, margin: 0, padding: 0, listStyleType: 'none' },
  card: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    minWidth: '9rem',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    cursor: 'pointer',
    fontFamily: 'inherit',
    textAlign: 'left',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  active: { border: `2px solid ${tokens.colorBrandStroke1}` },
  number: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  danger: { color: tokens.colorPaletteRedForeground1 },
});

type CountKey = keyof Counts;

const LABELS: Record<CountKey, Named> = {
  open: { sv: 'Öppna', en: 'Open' },
  overdue: { sv: 'Försenade', en: 'Overdue' },
  today: { sv: 'Ska besvaras eller lämnas i dag', en: 'Due today' },
  week: { sv: 'Inom sju dagar (inte i dag)', en: 'Within seven days (not today)' },
  unassigned: { sv: 'Utan handläggare', en: 'Unassigned' },
};

/** The filter a count stands for: clicking it shows exactly the messages it counts. */
export function filterForCount(key: CountKey): QueueFilters {
  switch (key) {
    case 'open':
      return {};
    case 'unassigned':
      return { handler: UNASSIGNED };
    default:
      return { status: key };
  }
}

/**
 * The headline counts of the whole mailbox (contract: each number in an element with
 * `data-count="open|overdue|today|week|unassigned"` whose text is the number). Each is a button
 * that shows the messages it counts.
 */
export function HeadlineCounts({ counts, active, onPick }: { counts: Counts; active: CountKey | null; onPick: (key: CountKey) => void }): ReactNode {
  const t = useText();
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={t({ sv: 'Läget i brevlådan', en: 'The mailbox at a glance' })}>
      {(Object.keys(LABELS) as CountKey[]).map((key) => (
        <li key={key}>
          <button
            type="button"
            className={`${styles.card} ${active === key ? styles.active : ''}`}
            aria-pressed={active === key}
            onClick={() => onPick(key)}
            data-testid={`count-${key}`}
          >
            <span className={`${styles.number} ${key === 'overdue' && counts.overdue > 0 ? styles.danger : ''}`} data-count={key}>
              {counts[key]}
            </span>
            <Text size={300}>{t(LABELS[key])}</Text>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Which count the filters stand for, if exactly one. */
export function activeCount(filters: QueueFilters): CountKey | null {
  const keys = Object.keys(filters).filter((k) => filters[k as keyof QueueFilters] !== undefined);
  if (keys.length === 0) return 'open';
  if (keys.length !== 1) return null;
  if (filters.handler === UNASSIGNED) return 'unassigned';
  if (filters.status === 'overdue' || filters.status === 'today' || filters.status === 'week') return filters.status;
  return null;
}
