// Creates or updates the Article node with its metadata and full text. pendingAggregates marks
// that the aggregates of its entities still need refreshing (cleared by clear-pending-aggregates;
// left set by a crash, and then picked up by the next ingest or start-up). sentenceCount is stored
// as an integer.
// $article: {id: string, title: string?, url: string?, publishedAt: string?, publishedSort: string, text: string,
//     contentHash: string, ingestedAt: string, sentenceCount: number, claimTypes: [string], claimSources: [string],
//     claimTargets: [string], claimSentences: [string], claimFormer: [boolean]} — the Article's properties
// returns: nothing
MERGE (a:Article {id: $article.id})
SET a += $article, a.sentenceCount = toInteger($article.sentenceCount), a.pendingAggregates = true
