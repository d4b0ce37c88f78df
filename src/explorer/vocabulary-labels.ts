// The words the explorer shows for names of the vocabulary (src/vocabulary.ts): an event's kind
// with its subtype ("Agreement · Acquisition"), the mark of an event still to come, and a
// relationship every supporting article tells as past. Pure, so they are unit-tested.
import {
  EVENT_FACTUALITY_TABLE,
  EVENT_SUBTYPE_TABLE,
  EVENT_TYPE_TABLE,
  type EventFactuality,
  type EventSubtype,
  type EventType,
} from "../vocabulary.ts";

/** How the API spells a factuality: the vocabulary's name in capitals. */
export type ApiFactuality = Uppercase<EventFactuality>;

/** "Meeting", or with a subtype "Agreement · Acquisition". */
export function eventKindLabel(type: EventType, subtype: EventSubtype | null | undefined): string {
  const kind = EVENT_TYPE_TABLE[type].label;
  return subtype ? `${kind} · ${EVENT_SUBTYPE_TABLE[subtype].label}` : kind;
}

/** The mark of an event still to come ("planned") and what it means; null for an asserted event. */
export function plannedMark(factuality: ApiFactuality | null | undefined): { text: string; title: string } | null {
  if (factuality !== "PLANNED") return null;
  const { label, description } = EVENT_FACTUALITY_TABLE.planned;
  return { text: label.toLowerCase(), title: description };
}

/** A typed relationship's label: its type, "(former)" when every supporting article tells it as past. */
export function relationshipLabel(type: string, former: boolean | null | undefined): string {
  return former ? `${type} (former)` : type;
}
