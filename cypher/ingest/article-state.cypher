// The stored content hash of an article: no row when the article is new.
// $articleId: article id
MATCH (a:Article {id: $articleId})
RETURN a.contentHash AS contentHash
