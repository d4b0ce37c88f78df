// Evidence sentences by id (the per-request sentence loader). One row per id found.
// $ids: [string] — sentence ids (<articleId>#<index>)
// returns: sentence: Sentence {.id, .articleId, .index, .start, .end, .text}
UNWIND $ids AS id
MATCH (s:Sentence {id: id})
RETURN s {.id, .articleId, .index, .start, .end, .text} AS sentence
