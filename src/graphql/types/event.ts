// The Event node (an event is an Entity: it has participants, a place, a date and evidence) and
// Query.events, the timeline.
import { builder } from "../builder.ts";
import { userError } from "../cursor.ts";
import { eventPages } from "../keyset-lists.ts";
import { entityById } from "../loaders/entity-loaders.ts";
import { evidenceIdsByEvent, participantsByEvent } from "../loaders/event-loaders.ts";
import { entityKey } from "../node-id.ts";
import type { ParticipantRecord } from "../records.ts";
import { countEvents, listEvents, type TimelineFilter } from "../repositories/event-repository.ts";
import { asNode, keysetConnection, pagedField } from "./connection.ts";
import { EventConnectionRef } from "./connection-edges.ts";
import { EventFactualityEnum, EventSubtypeEnum, EventTypeEnum, ParticipantRoleEnum } from "./enums.ts";
import { EVIDENCE_FIRST_DESCRIPTION, evidenceBounds, loadEvidence } from "./evidence.ts";
import { loadNodesOfKind } from "./entity.ts";
import { EntityRef, EventRef, EvidenceRef, PlaceRef, hasKind } from "./refs.ts";

const ParticipantRef = builder.objectRef<ParticipantRecord>("Participant").implement({
  description: "An entity taking part in an event, with its role.",
  fields: (t) => ({
    role: t.field({ type: ParticipantRoleEnum, description: "The part it played.", resolve: (p) => p.role }),
    entity: t.field({ type: EntityRef, description: "Who or what took part.", resolve: (p) => p.node }),
  }),
});

builder.node(EventRef, {
  description: "Something that happened, reported by an article: typed, dated when the text says when, with participants and evidence.",
  interfaces: [EntityRef],
  id: { resolve: (e) => e.id },
  isTypeOf: hasKind("EVENT"),
  loadMany: loadNodesOfKind("EVENT"),
  fields: (t) => ({
    eventType: t.field({ type: EventTypeEnum, description: "What kind of event.", resolve: (e) => e.type }),
    subtype: t.field({
      type: EventSubtypeEnum,
      nullable: true,
      description:
        "A finer kind within eventType (an ACQUISITION is an AGREEMENT), or null when no report names one. Reported by several articles: the subtype most of them name (reports naming none do not count; a tie goes to the latest report's).",
      resolve: (e) => e.subtype,
    }),
    factuality: t.field({
      type: EventFactualityEnum,
      description:
        "PLANNED while every article reporting the event tells it as still to come (announced, scheduled); ASSERTED as soon as one tells it as having happened.",
      resolve: (e) => e.factuality ?? "asserted",
    }),
    date: t.string({
      nullable: true,
      description: "When it happened, as an ISO 8601 prefix (YYYY, YYYY-MM or YYYY-MM-DD); null when the text does not say.",
      resolve: (e) => e.date,
    }),
    dateText: t.string({ nullable: true, description: "The words the date came from (\"Friday\", \"in 2014\").", resolve: (e) => e.dateText }),
    place: t.field({
      type: PlaceRef,
      nullable: true,
      description: "Where it happened, when known.",
      resolve: async (e, _a, ctx) => {
        const placeId = (await entityById(ctx.loaders).load(e.id))?.placeId;
        const place = placeId ? await entityById(ctx.loaders).load(placeId) : null;
        return place && place.kind !== "EVENT" ? place : null;
      },
    }),
    participants: t.field({
      type: [ParticipantRef],
      description: "Who took part and how (agents first).",
      resolve: (e, _a, ctx) => participantsByEvent(ctx.loaders).load(e.id),
    }),
    evidence: t.field({
      type: [EvidenceRef],
      description: "The sentences that describe the event.",
      args: { first: t.arg.int({ defaultValue: 5, description: EVIDENCE_FIRST_DESCRIPTION }) },
      extensions: { argBounds: evidenceBounds },
      resolve: async (e, args, ctx) => loadEvidence(ctx, await evidenceIdsByEvent(ctx.loaders).load(e.id), args.first ?? 5),
    }),
  }),
});

const DATE_PREFIX = /^\d{4}(-\d{2}(-\d{2})?)?$/;
function datePrefix(name: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!DATE_PREFIX.test(value)) throw userError(`${name}: "${value}" is not a date; use YYYY, YYYY-MM or YYYY-MM-DD.`);
  return value;
}

builder.queryField("events", (t) =>
  t.connection(
    {
      type: EventRef,
      description:
        "The timeline: events ordered by date (undated last), filtered by type, subtype, factuality, participant, place and date range. `from` and `to` are inclusive ISO prefixes: from: \"2014\", to: \"2014\" is the whole year.",
      args: {
        types: t.arg({ type: [EventTypeEnum], required: false, description: "Only events of these types." }),
        subtypes: t.arg({ type: [EventSubtypeEnum], required: false, description: "Only events of these subtypes (events without a subtype are left out)." }),
        factuality: t.arg({ type: EventFactualityEnum, required: false, description: "Only events told this way: PLANNED for what is still to come." }),
        participant: t.arg.id({ required: false, description: "Only events this entity took part in (global ID or key such as person:vladimir-putin)." }),
        place: t.arg.id({ required: false, description: "Only events that took place here (global ID or key such as place:alaska)." }),
        from: t.arg.string({ required: false, description: "Earliest date, inclusive: YYYY, YYYY-MM or YYYY-MM-DD. Excludes undated events." }),
        to: t.arg.string({ required: false, description: "Latest date, inclusive: YYYY, YYYY-MM or YYYY-MM-DD. Excludes undated events." }),
      },
      ...pagedField(),
      resolve: (_root, args, ctx, info) => {
        const filter: TimelineFilter = {
          types: args.types ?? null,
          subtypes: args.subtypes ?? null,
          factuality: args.factuality ?? null,
          participant: args.participant ? entityKey(String(args.participant), "participant") : null,
          place: args.place ? entityKey(String(args.place), "place") : null,
          from: datePrefix("from", args.from),
          to: datePrefix("to", args.to),
        };
        return keysetConnection(args, info, eventPages, {
          page: (after, limit) => ctx.loaders.inRead((tx) => listEvents(tx, { ...filter, after, limit })),
          key: (r) => ({ dateSort: r.dateSort, id: r.id }),
          edge: asNode,
          count: () => ctx.loaders.inRead((tx) => countEvents(tx, filter)),
        });
      },
    },
    EventConnectionRef,
  ),
);
