import type { SvarstidConfig } from '../config/schema';
import { DEFAULT_DEPARTMENT_NAMES, KIND_NAMES, type DefaultDepartmentId, type Kind, type Named } from '../vocabulary';
import type { Decision, KindDecision } from './decide';
import type { Explanation } from './types';

/** The department's name as people know it (configured name; English name if configured). */
export function departmentNames(config: SvarstidConfig, id: string): Named {
  const d = config.departments.find((x) => x.id === id);
  const fallbackEn = (DEFAULT_DEPARTMENT_NAMES as Record<string, Named | undefined>)[id as DefaultDepartmentId]?.en;
  return { sv: d?.name ?? id, en: d?.nameEn ?? fallbackEn ?? d?.name ?? id };
}

const FORCED_KIND: Partial<Record<Kind, Named>> = {
  orosanmalan: { sv: 'en orosanmälan går alltid dit', en: 'a report of concern always goes there' },
  fortroendevald: { sv: 'meddelanden till förtroendevalda går alltid dit', en: 'messages to elected officials always go there' },
  ej_arende: { sv: 'inget ärende, går till reservavdelningen', en: 'not a case, goes to the fallback department' },
};

/** "Typ Felanmälan: regel 'Fel som ska åtgärdas' träffade 'trasig' i brödtexten". */
export function explainKind(d: KindDecision): Explanation {
  const name = KIND_NAMES[d.value];
  switch (d.how) {
    case 'model': {
      // "Typ Klagomål: textmodellen bedömer texten som klagomål (83 %; starkast: 'besviken', 'ingen har hört')"
      const pct = Math.round(d.probability * 100);
      const words = d.words.map((w) => `'${w}'`).join(', ');
      let sv = `Typ ${name.sv}: textmodellen bedömer texten som ${name.sv.toLowerCase()} (${pct} %${words ? `; starkast: ${words}` : ''})`;
      let en = `Kind ${name.en}: the text model reads the text as ${name.en.toLowerCase()} (${pct} %${words ? `; strongest: ${words}` : ''})`;
      if (d.overruled) {
        const rule = d.overruled.match.rule.rule.name;
        sv += `; regel '${rule}' (${KIND_NAMES[d.overruled.kind].sv.toLowerCase()}) ${d.overruled.match.evidence.sv} men räckte inte ensam`;
        en += `; rule '${rule}' (${KIND_NAMES[d.overruled.kind].en.toLowerCase()}) ${d.overruled.match.evidence.en} but was not enough on its own`;
      }
      return { sv, en };
    }
    case 'decisive':
    case 'evidence': {
      const rule = d.match.rule.rule.name;
      let sv = `Typ ${name.sv}: regel '${rule}' ${d.match.evidence.sv}`;
      let en = `Kind ${name.en}: rule '${rule}' ${d.match.evidence.en}`;
      if (d.how === 'evidence' && d.outranked.length > 0) {
        sv += ` (går före ${d.outranked.map((k) => KIND_NAMES[k].sv).join(', ')} enligt prioritetsordningen)`;
        en += ` (takes precedence over ${d.outranked.map((k) => KIND_NAMES[k].en).join(', ')})`;
      }
      return { sv, en };
    }
    default:
      return {
        sv: `Typ ${name.sv}: ingen annan ärendetyp passade`,
        en: `Kind ${name.en}: no other kind fitted`,
      };
  }
}

/** "Avdelning Teknik: regel 'Gata och belysning' träffade 'gatlyktan' i brödtexten". */
export function explainDepartment(d: Decision<string>, config: SvarstidConfig): Explanation {
  const name = departmentNames(config, d.value);
  switch (d.how) {
    case 'decisive':
    case 'evidence': {
      const rule = d.match.rule.rule.name;
      return {
        sv: `Avdelning ${name.sv}: regel '${rule}' ${d.match.evidence.sv}`,
        en: `Department ${name.en}: rule '${rule}' ${d.match.evidence.en}`,
      };
    }
    case 'forced': {
      const why = FORCED_KIND[d.cause] ?? { sv: `ärendetypen ${KIND_NAMES[d.cause].sv} går alltid dit`, en: `kind ${KIND_NAMES[d.cause].en} always goes there` };
      return { sv: `Avdelning ${name.sv}: ${why.sv}`, en: `Department ${name.en}: ${why.en}` };
    }
    default:
      return {
        sv: `Avdelning ${name.sv}: ingen regel pekade ut en avdelning, reservavdelningen används`,
        en: `Department ${name.en}: no rule pointed to a department, the fallback department is used`,
      };
  }
}

/** Joins sentences into one explanation. */
export function joinExplanations(parts: Explanation[]): Explanation {
  return { sv: `${parts.map((p) => p.sv).join('. ')}.`, en: `${parts.map((p) => p.en).join('. ')}.` };
}
