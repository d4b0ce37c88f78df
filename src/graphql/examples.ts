// The example queries GraphiQL opens with, one tab each. They run on the sample data (the seed
// article); tests/integration/graphql/playground-examples.test.ts executes every one of them.
export interface ExampleTab {
  readonly title: string;
  readonly query: string;
  readonly variables?: Record<string, unknown>;
}

export const EXAMPLE_TABS: readonly ExampleTab[] = [
  {
    title: "An entity and its relationships, with evidence",
    query: `# An entity found by any alias, case-insensitively, with its typed relationships and the
# sentences that state them.
query EntityWithRelationships($name: String!) {
  entity(name: $name) {
    id
    kind
    name
    aliases
    mentionCount
    ... on Person { roles { title of { name } } }
    relationships(first: 10) {
      totalCount
      edges {
        type
        direction
        weight
        node { name kind }
        evidence(first: 2) {
          sentence
          start
          end
          article { title url publishedAt }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
    coMentions(first: 5) { edges { count node { name } } }
  }
}`,
    variables: { name: "putin" },
  },
  {
    title: "The path between two entities",
    query: `# How is Melania Trump connected to Vladimir Putin, and who says so? Steps walk typed
# relationships and shared events; each step carries its evidence sentences.
query PathBetween($from: ID!, $to: ID!) {
  path(from: $from, to: $to, maxHops: 4) {
    length
    nodes { name kind }
    steps {
      type
      direction
      role
      from { name }
      to { name ... on Event { eventType date } }
      evidence(first: 1) { sentence }
    }
  }
  paths(from: $from, to: $to, maxHops: 4, first: 3) {
    length
    nodes { name }
  }
}`,
    variables: { from: "person:melania-trump", to: "person:vladimir-putin" },
  },
  {
    title: "A timeline of events",
    query: `# Events in date order (undated last), here those Vladimir Putin took part in; try
# from: "2014", to: "2014", types: [LEGAL_ACTION], subtypes: [INVESTIGATION] or factuality: PLANNED.
query Timeline($participant: ID) {
  events(participant: $participant, first: 20) {
    totalCount
    edges {
      node {
        name
        eventType
        subtype
        factuality
        date
        dateText
        place { name }
        participants { role entity { name } }
        evidence(first: 1) { sentence }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`,
    variables: { participant: "person:vladimir-putin" },
  },
  {
    title: "Full-text search (typo-tolerant)",
    query: `# Search names and aliases; typos are tolerated ("kremln" finds the Kremlin).
query Search($q: String!) {
  search(query: $q, first: 5) {
    score
    entity {
      name
      kind
      ... on Organization { relationships(first: 3) { edges { type node { name } } } }
    }
  }
}`,
    variables: { q: "kremln" },
  },
];
