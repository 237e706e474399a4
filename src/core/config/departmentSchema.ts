import { z } from 'zod';
import { bilingual } from './messages';

export const ROUTING_ACTIONS = ['category', 'move', 'forward'] as const;
export type RoutingAction = (typeof ROUTING_ACTIONS)[number];

/** What the worker does with a message routed to a department. Category only is the non-destructive default. */
export const departmentRoutingSchema = z
  .object({
    actions: z.array(z.enum(ROUTING_ACTIONS)).min(1).default(['category']),
    /** Folder under the inbox for `move` (created if missing). */
    folder: z.string().min(1).max(255).optional(),
    /** Department mailbox for `forward`. */
    forwardTo: z.email().optional(),
    /** Note put above a forwarded message. */
    forwardNote: z.string().max(2000).optional(),
  })
  .strict()
  .refine((r) => !r.actions.includes('move') || r.folder !== undefined, {
    message: bilingual({ sv: 'åtgärden "move" behöver en mapp: lägg till till exempel "folder": "Teknik"', en: 'the action "move" needs a folder: add e.g. "folder": "Teknik"' }),
    path: ['folder'],
  })
  .refine((r) => !r.actions.includes('forward') || r.forwardTo !== undefined, {
    message: bilingual({ sv: 'åtgärden "forward" behöver en adress: lägg till till exempel "forwardTo": "teknik@salem.se"', en: 'the action "forward" needs an address: add e.g. "forwardTo": "teknik@salem.se"' }),
    path: ['forwardTo'],
  });
export type DepartmentRouting = z.infer<typeof departmentRoutingSchema>;

export const departmentSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_]*$/, {
      message: bilingual({
        sv: 'förvaltningens id får bara innehålla små bokstäver a–z, siffror och _ (och börja med en bokstav)',
        en: 'department ids are lower-case letters a–z, digits and _ (starting with a letter)',
      }),
    }),
    name: z.string().min(1),
    nameEn: z.string().min(1).optional(),
    /** The Outlook category that names the department, e.g. `Avd: Teknik`. */
    category: z.string().min(1).max(255),
    /** The committee (nämnd) follow-up is reported to. */
    committee: z.string().optional(),
    routing: departmentRoutingSchema.default({ actions: ['category'] }),
  })
  .strict();
export type Department = z.infer<typeof departmentSchema>;
