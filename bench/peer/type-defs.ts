// The peer of npm run bench:api: type definitions for the Neo4j GraphQL Library (@neo4j/graphql 7)
// over the same graph, equivalent to what the bench's query mix asks of our schema. Native forms
// where the library has them (lookups, sorted pages, connections, nested relationship fields);
// @cypher fields where it has none (typed relationships of every type ranked by weight, neighbours,
// the timeline with undated events last, full-text search, shortest paths), each written as a
// library user would: the plain statement, not ours. bench/peer/README.md puts them side by side.
const TYPED = "SPOUSE_OF|FAMILY_OF|LEADER_OF|MEMBER_OF|PART_OF|LOCATED_IN|CITIZEN_OF|SUPPORTS|OPPOSES|ALLY_OF";
const LINKS = `${TYPED}|PARTICIPATED_IN`;

export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Entity @node(labels: ["Entity"]) {
    id: ID!
    kind: String!
    name: String!
    mentionCount: Int!
    articles: [Article!]! @relationship(type: "HAS_ENTITY", direction: IN)
    "Typed relationships, strongest first, with the first evidence sentence (our Entity.relationships)."
    relationships(first: Int = 20): [RelationshipEdge!]!
      @cypher(
        statement: """
        MATCH (this)-[r:${TYPED}]-(b:Entity)
        WHERE this <> b
        WITH r, b, CASE WHEN startNode(r) = this THEN 'OUT' ELSE 'IN' END AS direction
        WITH r, b, direction, type(r) + '|' + direction + '|' + b.id AS key
        ORDER BY r.weight DESC, key
        LIMIT $first
        RETURN {
          type: type(r), direction: direction, weight: r.weight,
          node: b {.id, .name, .kind, .mentionCount},
          evidence: COLLECT {
            UNWIND r.evidence[0..1] AS sentenceId
            MATCH (s:Sentence {id: sentenceId})-[:IN_ARTICLE]->(x:Article)
            RETURN {sentence: s.text, article: {title: x.title}}
          }
        } AS edge
        """
        columnName: "edge"
      )
    "The same ranking, as nodes, so nested fields (articles) resolve natively."
    related(first: Int = 10): [Entity!]!
      @cypher(
        statement: """
        MATCH (this)-[r:${TYPED}]-(b:Entity)
        WHERE this <> b
        WITH r, b, type(r) + '|' + CASE WHEN startNode(r) = this THEN 'OUT' ELSE 'IN' END + '|' + b.id AS key
        ORDER BY r.weight DESC, key
        LIMIT $first
        RETURN b
        """
        columnName: "b"
      )
    "Entities and events within depth hops, nearest first, then most mentioned (our Entity.neighbors, depth 2)."
    neighbors(first: Int = 20): [Neighbor!]!
      @cypher(
        statement: """
        MATCH p = ANY SHORTEST (this)-[:${LINKS}]-{1,2}(b)
        WHERE b <> this
        WITH p, b ORDER BY length(p), b.mentionCount DESC, b.id
        LIMIT $first
        RETURN {distance: length(p), node: b {.id, .name, .kind, .mentionCount}} AS neighbor
        """
        columnName: "neighbor"
      )
  }

  type Article @node {
    id: ID!
    title: String
    publishedSort: String!
  }

  type Event @node {
    id: ID!
    name: String!
    type: String!
    date: String
    dateSort: String!
  }

  type EntitySummary {
    id: ID!
    name: String!
    kind: String!
    mentionCount: Int!
  }
  type ArticleTitle {
    title: String
  }
  type EvidenceSentence {
    sentence: String!
    article: ArticleTitle
  }
  type RelationshipEdge {
    type: String!
    direction: String!
    weight: Int!
    node: EntitySummary!
    evidence: [EvidenceSentence!]!
  }
  type Neighbor {
    distance: Int!
    node: EntitySummary!
  }
  type SearchHit {
    score: Float!
    entity: EntitySummary!
  }
  type PathStep {
    type: String!
    from: EntitySummary!
    to: EntitySummary!
    evidence: [EvidenceSentence!]!
  }
  type PathResult {
    length: Int!
    steps: [PathStep!]!
  }

  type Query {
    "The timeline, chronological with undated events last, optionally of one participant (our Query.events)."
    timeline(first: Int!, participant: ID, afterDateSort: String, afterId: ID): [Event!]!
      @cypher(
        statement: """
        MATCH (e:Event)
        WHERE ($participant IS NULL OR EXISTS { (:Entity {id: $participant})-[:PARTICIPATED_IN]->(e) })
        WITH e, e.dateSort = '' AS undated
        WHERE $afterId IS NULL
           OR ($afterDateSort = '' AND undated AND e.id > $afterId)
           OR ($afterDateSort <> '' AND (undated OR e.dateSort > $afterDateSort OR (e.dateSort = $afterDateSort AND e.id > $afterId)))
        WITH e ORDER BY undated, e.dateSort, e.id
        LIMIT $first
        RETURN e
        """
        columnName: "e"
      )
    "Full-text search over names and aliases, best first (our Query.search); query is the Lucene string."
    search(query: String!, first: Int!): [SearchHit!]!
      @cypher(
        statement: """
        CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
        WITH node, score ORDER BY score DESC, node.mentionCount DESC, node.id
        LIMIT $first
        RETURN {score: score, entity: node {.id, .name, .kind, .mentionCount}} AS hit
        """
        columnName: "hit"
      )
    "The shortest connection within 4 hops, each step with its first evidence sentence (our Query.path)."
    path(from: ID!, to: ID!): PathResult
      @cypher(
        statement: """
        MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
        MATCH p = SHORTEST 1 (a)-[:${LINKS}]-{1,4}(b)
        RETURN {
          length: length(p),
          steps: [i IN range(0, length(p) - 1) | {
            type: type(relationships(p)[i]),
            from: {id: nodes(p)[i].id, name: nodes(p)[i].name, kind: nodes(p)[i].kind, mentionCount: nodes(p)[i].mentionCount},
            to: {id: nodes(p)[i + 1].id, name: nodes(p)[i + 1].name, kind: nodes(p)[i + 1].kind, mentionCount: nodes(p)[i + 1].mentionCount},
            evidence: CASE type(relationships(p)[i])
              WHEN 'PARTICIPATED_IN' THEN COLLECT {
                MATCH (s:Sentence)-[:DESCRIBES]->(ev:Event) WHERE ev = endNode(relationships(p)[i])
                WITH s ORDER BY s.articleId, s.index LIMIT 1
                MATCH (s)-[:IN_ARTICLE]->(x:Article)
                RETURN {sentence: s.text, article: {title: x.title}}
              }
              ELSE COLLECT {
                UNWIND relationships(p)[i].evidence[0..1] AS sentenceId
                MATCH (s:Sentence {id: sentenceId})-[:IN_ARTICLE]->(x:Article)
                RETURN {sentence: s.text, article: {title: x.title}}
              }
            END
          }]
        } AS path
        """
        columnName: "path"
      )
  }
`;
