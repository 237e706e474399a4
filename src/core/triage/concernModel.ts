import { foldText } from '../text/fold';
import { KINDS, type Channel } from '../vocabulary';
import type { Concern } from './concern';
import { CONCERN_MODEL_DATA } from './concernModelData';
import { KindModel } from './kindModel';
import type { MessageZones } from './zones';

/*
 * The concern model backs the concern reader where its words find nothing: a text model trained
 * on the repository's labelled sets (`scripts/train-concern-model.ts`) that reads a message as a
 * report of concern or not. People describe harm in more ways than any list holds ("mamma sover
 * hela tiden och det finns ingen mat hemma"); the model weighs all the words at once. It decides
 * only at or above the threshold chosen by leave-one-set-out cross-validation, names the words
 * that weighed most, and its decisions are marked for a person's look.
 */

let model: KindModel | null | undefined;

function concernModel(): KindModel | null {
  if (model === undefined) model = CONCERN_MODEL_DATA === null ? null : new KindModel(CONCERN_MODEL_DATA);
  return model;
}

const CONCERN = KINDS.indexOf('orosanmalan');

/** Words that explain nothing to an officer (the model may still weigh them). */
const FUNCTION_WORDS = new Set(
  'och i att det som en på är av för med till den har de inte om ett han hon men var jag sig från vi så kan man när nu där ni the a an and or of to in on at for is are was it this that i you we they he she my'
    .split(' ')
    .map(foldText),
);

/**
 * The probability the model needs on a message in which the concern reader saw no sign of harm and
 * no worry. The model was trained and its threshold cross-validated on messages with such a sign;
 * none of the ~1 700 labelled messages without one is a concern, and there the model only raised
 * alarms (a water cut, a cold school lunch, a parent's practical question; at 0.63–0.85).
 * A concern told in words the reader knows none of must still not wait: the model decides it when
 * it is this sure.
 */
export const NO_SIGN_THRESHOLD = 0.9;

/**
 * A concern the model reads in a message, or null: its probability must reach the shipped
 * threshold (on a message without any sign of harm or worry, {@link NO_SIGN_THRESHOLD}) and it
 * must name at least one telling word of the message.
 */
export function modelConcern(zones: MessageZones, channel: Channel, signs = true): Concern | null {
  const m = concernModel();
  if (m === null) return null;
  const shipped = m.data.thresholds.orosanmalan ?? 1;
  const threshold = signs ? shipped : Math.max(shipped, NO_SIGN_THRESHOLD);
  const scores = m.score(zones, channel);
  const p = scores.probabilities[CONCERN]!;
  if (p < threshold) return null;
  const words = m
    .evidence(zones, channel, 'orosanmalan', 3, (e) => {
      const w = foldText(zones.texts[e.zone]!.slice(e.start, e.end));
      return w.split(' ').some((x) => x.length >= 3 && !FUNCTION_WORDS.has(x) && !/^\d+$/.test(x));
    })
    .map((e) => zones.texts[e.zone]!.slice(e.start, Math.min(e.end, e.start + 40)).replace(/\s+/g, ' ').trim());
  if (words.length === 0) return null;
  return { how: 'model', quote: words.join("', '"), zone: -1, probability: p };
}
