import type { ServiceLease } from '../../core/admin/serviceStatus';
import type { ComponentType } from 'react';
import type { WorkingCalendar } from '../../core/calendar';
import type { SvarstidConfig } from '../../core/config';
import type { MessageIndex } from '../../core/dashboard/messageIndex';
import type { SvarstidRecord } from '../../core/record';
import type { Named } from '../../core/vocabulary';
import type { BarChartProps } from './ServiceLevelCharts';

/**
 * What the Teams tab's views are given by the page (teams-app/): the configuration, the live
 * index of the mailbox, and the calls that read one message. The views never call Graph or
 * Teams themselves.
 */

/** The views a lead can start in (the configurable tab's setting). */
export const START_VIEWS = ['ko', 'serviceniva'] as const;
export type StartView = (typeof START_VIEWS)[number];

export function isStartView(value: unknown): value is StartView {
  return typeof value === 'string' && (START_VIEWS as readonly string[]).includes(value);
}

/** The state of the live index at one moment (immutable: a new object on every change). */
export interface LiveSnapshot {
  index: MessageIndex;
  /** The index's version when this snapshot was taken. */
  version: number;
  /** True until the first full read of the window is done. */
  loading: boolean;
  /** The last sync failed (the index keeps what it had; the next poll tries again). */
  error: Named | null;
  /** When the last sync finished (epoch ms). */
  syncedAt: number | null;
  /**
   * Folders that reached Graph's 5 000-message cap of a filtered delta (the oldest may be
   * missing), by display name; `null` stands for the inbox itself. Empty when none did.
   */
  capped: (string | null)[];
}

/** The mailbox kept in step with Graph (delta polling), as React reads it (useSyncExternalStore). */
export interface LiveIndex {
  subscribe(listener: () => void): () => void;
  getSnapshot(): LiveSnapshot;
  /** Sync now (the "Uppdatera" button), without waiting for the next poll. */
  refresh(): void;
}

/** One message for the drill-down. */
export interface DrillDown {
  subject: string;
  from: string;
  received: string;
  /** The body as Graph gave it (hostile: SafeMailBody renders it). */
  body: { contentType: 'html' | 'text'; content: string };
  hasAttachments: boolean;
  record: SvarstidRecord | null;
  reasons: Named[];
}

export interface TabSession {
  config: SvarstidConfig;
  calendar: WorkingCalendar;
  mailbox: string;
  live: LiveIndex;
  /** The chart (Fluent's chart package): the page passes it lazily loaded, so the first view stays small. */
  BarChart: ComponentType<BarChartProps>;
  /** Reads one message with its record and the reasons in words. */
  openMessage(id: string): Promise<DrillDown>;
  /** The signed-in person is an admin (issue 9): the admin view is in the navigation. */
  isAdmin?: boolean;
  /** What the mailbox lease says about the service (`svarstid run`): the queue says when none is running. */
  serviceStatus?(): Promise<ServiceLease>;
}
