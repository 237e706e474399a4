import type { RoutingRule } from '../config/triageSchema';

/** The default Swedish routing rule set shipped in every preset. */
export const DEFAULT_ROUTING_RULES: RoutingRule[] = [];
