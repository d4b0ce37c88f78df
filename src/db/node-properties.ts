// The properties each node label holds, typed in the .cypher header grammar (src/db/cypher-types.ts).
// A header projection such as `Entity {.id, .name}` takes its types from here, so the types of the
// graph model (docs/graph-model.md says what each property means) are written once. A property
// another label lacks reads as null there: `Entity|Event {.roles}` is null on events.
export const NODE_PROPERTIES = {
  Article: {
    id: "string",
    title: "string?",
    url: "string?",
    publishedAt: "string?",
    publishedSort: "string",
    text: "string",
    contentHash: "string",
    ingestedAt: "string",
    sentenceCount: "int",
    claimTypes: "[RelationshipType]",
    claimSources: "[string]",
    claimTargets: "[string]",
    claimSentences: "[string]",
    // Absent on articles written before relationships carried `former`: read as all false.
    claimFormer: "[boolean]?",
    pendingAggregates: "boolean?",
  },
  Sentence: {
    id: "string",
    articleId: "string",
    index: "int",
    start: "int",
    end: "int",
    text: "string",
  },
  Entity: {
    id: "string",
    kind: "EntityKind",
    name: "string",
    sortName: "string",
    aliases: "[string]",
    aliasesLower: "[string]",
    aliasText: "string",
    roles: "[string]",
    mentionCount: "int",
    articleCount: "int",
  },
  Event: {
    id: "string",
    kind: "'EVENT'",
    type: "EventType",
    // Null on events written before subtypes and factuality were stored: no subtype, asserted.
    subtype: "EventSubtype?",
    factuality: "EventFactuality?",
    name: "string",
    sortName: "string",
    date: "string?",
    dateSort: "string",
    dateText: "string?",
    aliases: "[string]",
    aliasText: "string",
    mentionCount: "int",
  },
} as const satisfies Record<string, Record<string, string>>;

export type NodeLabel = keyof typeof NODE_PROPERTIES;
