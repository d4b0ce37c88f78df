// The possible duplicates of each entity: entities linking recorded as perhaps the same
// (POSSIBLY_SAME_AS, either way) with the score and reasons, best first. Pairs kept apart by a
// decision have no such link.
// $ids: [string] — entity ids
// returns: id: string,
//   duplicates: [{score: number, reasons: [string], articleId: string?, node: Entity {.id, .kind, .name, .aliases, .mentionCount, .articleCount, .roles}}]
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, COLLECT {
  MATCH (e)-[p:POSSIBLY_SAME_AS]-(o:Entity)
  WITH p, o ORDER BY p.score DESC, o.id
  RETURN {score: p.score, reasons: p.reasons, articleId: p.articleId,
    node: o {.id, .kind, .name, .aliases, .mentionCount, .articleCount, .roles}}
} AS duplicates
