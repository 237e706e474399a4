import { Link, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { AdminDecision } from '../../core/admin/access';
import type { Named } from '../../core/vocabulary';
import { useText } from '../i18n';

/**
 * The admin route's gate: only an admin (as the configuration names them) gets the view; anyone
 * else is told plainly why not and where to go instead. Null while the decision is being made.
 */
export function AdminGate({ decision, error, children }: { decision: AdminDecision | null; error?: Named | null; children: () => ReactNode }): ReactNode {
  const t = useText();
  if (error) {
    return (
      <main style={{ padding: '2rem' }}>
        <MessageBar intent="error">
          <MessageBarBody>{t(error)}</MessageBarBody>
        </MessageBar>
      </main>
    );
  }
  if (decision === null) {
    return (
      <main style={{ padding: '2rem' }}>
        <Spinner label={t({ sv: 'Kontrollerar behörighet …', en: 'Checking access …' })} />
      </main>
    );
  }
  if (!decision.admin) {
    return (
      <main style={{ padding: '2rem' }} data-testid="admin-refused">
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t({ sv: 'Administrationsvyn är bara för administratörerna i Svarstids konfiguration.', en: 'The admin view is only for the admins in Svarstid\'s configuration.' })}</MessageBarTitle>
            {t(decision.reason)}{' '}
            <Link as="a" href="#/ko" data-testid="back-to-queue">
              {t({ sv: 'Till kön', en: 'To the queue' })}
            </Link>
          </MessageBarBody>
        </MessageBar>
      </main>
    );
  }
  return children();
}

