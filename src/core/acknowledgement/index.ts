/**
 * Acknowledgements are promises, not answers (SPEC §6): the add-in's marker, the reply
 * recogniser, the record's acknowledgement history and the proposed promise date.
 */
export { ACK_PROPERTY_ID, ACK_EXPAND, ACK_CUSTOM_PROPERTY, ackExpand, ackMarkerOf, ackMarkerValue, customPropertiesId, parseAckMarker } from './marker';
export { recogniseReply, MAX_OTHER_WORDS, MAX_HOLDING_OTHER_WORDS, type AckSource, type ReplyInput, type ReplyRecognition } from './recogniseReply';
export { splitReplies, withAcknowledgements, fitRecord, setPromised, setPromisedPatch, MAX_ACK_HISTORY, type AckEvent, type PromisePatch, type SentReply } from './history';
export { proposePromise, type PromiseBasis, type PromiseProposal } from './proposePromise';
export { choosePromise, type ChosenPromise } from './chosenPromise';
export { findDatePhrases, type DatePhrase, type PhraseCore } from './datePhrases';
export { resolvePhrase, type ResolvedPhrase } from './resolvePhrase';
export { noticeAndDue, promiseAgainstDue, type PromiseRecord } from './promiseAgainstDue';
