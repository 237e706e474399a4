import type { Channel, DepartmentId, Kind } from '../vocabulary';

export type Priority = 'low' | 'normal' | 'high';

/** An explanation a contact-center officer understands, Swedish first. */
export interface Explanation {
  sv: string;
  en: string;
}

/** What triage decided for one message, and why. */
export interface TriageResult {
  channel: Channel;
  kind: Kind;
  department: DepartmentId;
  /** A web form with no reply address. */
  anonymous: boolean;
  /** Extra categories set by routing rules (department and kind categories are added by the labeller). */
  categories: string[];
  priority: Priority;
  /** Ids of the routing rules that decided (in the order they were applied). */
  rules: string[];
  /**
   * Triage decided on weak evidence and a person should look ("osäker förvaltning eller ärendetyp — kontrollera"): only the
   * subject had text, part of the message could not be read, the kind or department rests on a
   * single weak hit or a close call, or nothing recognised the department in a text of some length.
   */
  uncertain: boolean;
  /** Why it is uncertain, when it is. */
  uncertainty: Explanation | null;
  /** Most of the writer's text is in a script Svarstid does not read (Arabic, Cyrillic …): it may be urgent without showing it. */
  otherScript?: boolean;
  explanation: Explanation;
}
