import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { MESSAGE_STATUS_NAMES, type MessageStatus } from '../core/display';
import { useText } from './i18n';

const COLOR: Record<MessageStatus, BadgeProps['color']> = {
  onTime: 'success',
  dueToday: 'warning',
  overdue: 'danger',
  answeredInTime: 'success',
  answeredLate: 'severe',
  noDeadline: 'informative',
};

/** Where the message stands: i tid, i dag, försenad, besvarad i tid, besvarad sent, ingen svarstid. */
export function StatusBadge({ status }: { status: MessageStatus }): ReactNode {
  const t = useText();
  const answered = status === 'answeredInTime' || status === 'answeredLate';
  return (
    <Badge appearance={answered || status === 'noDeadline' ? 'tint' : 'filled'} color={COLOR[status]} data-testid="status" data-status={status} size="large">
      {t(MESSAGE_STATUS_NAMES[status])}
    </Badge>
  );
}
