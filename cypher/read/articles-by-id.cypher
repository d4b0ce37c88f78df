// Articles by id (the per-request article loader), without their text (see article-texts).
// $ids: [string] — article ids
// returns: article: Article {.id, .title, .url, .publishedAt, .publishedSort, .ingestedAt, .sentenceCount}
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a {.id, .title, .url, .publishedAt, .publishedSort, .ingestedAt, .sentenceCount} AS article
