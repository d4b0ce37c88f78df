// A page of each entity's mentions (exact spans in article text), by article then offset.
// $ids: [string] — entity ids
// $after: {articleId: string, start: number}? — keyset cursor of the last mention already seen, or null
// $limit: int — rows per entity (page size + 1)
// returns: id: string, mentions: [{start: int, end: int, text: string, sentenceId: string, articleId: string}]
UNWIND $ids AS id
MATCH (a:Entity {id: id})
CALL (a) {
  MATCH (a)<-[m:MENTIONS]-(s:Sentence)
  WHERE $after IS NULL OR s.articleId > $after.articleId OR (s.articleId = $after.articleId AND m.start > $after.start)
  WITH m, s ORDER BY s.articleId, m.start
  LIMIT $limit
  RETURN collect({start: m.start, end: m.end, text: m.text, sentenceId: s.id, articleId: s.articleId}) AS mentions
}
RETURN id, mentions
