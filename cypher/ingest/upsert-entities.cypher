// Merges the article's entities on their stable id and records the article's view of each
// (mention count, aliases, roles, the extraction ids linked to it) on its HAS_ENTITY link. The entity's own aggregates are
// recomputed afterwards by refresh-entities, in a separate short transaction, so article writes
// never hold a lock on popular entities (Russia, the UN…) while they commit. Counters are stored
// as integers (a JS number arrives as a Float).
// $articleId: string — article id
// $entities: [{id: string, kind: string, label: 'Person' | 'Organization' | 'Place', name: string, aliases: [string],
//     roles: [string], mentionCount: number, extractedIds: [string]}] — the article's entities (linked ids);
//     label is allow-listed by its type; extractedIds are the extraction ids linked to the entity
// returns: nothing
MATCH (a:Article {id: $articleId})
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e:$(row.label), e.kind = row.kind, e.name = row.name, e.sortName = toLower(row.name),
    e.aliases = [row.name], e.aliasesLower = [toLower(row.name)], e.aliasText = row.name,
    e.roles = [], e.mentionCount = 0, e.articleCount = 0
// CREATE, not MERGE: MERGE on a relationship locks both end nodes until commit, which would
// serialise every article naming Russia. No duplicate can arise: this transaction holds the
// article's lock (lock-article) and the article's old links were detached first.
CREATE (a)-[:HAS_ENTITY {mentionCount: toInteger(row.mentionCount), aliases: row.aliases, roles: row.roles, extractedIds: row.extractedIds}]->(e)
