// Evidence sentences by id (the per-request sentence loader). One row per id found.
// $ids: sentence ids (<articleId>#<index>)
UNWIND $ids AS id
MATCH (s:Sentence {id: id})
RETURN s {.id, .articleId, .index, .start, .end, .text} AS sentence
