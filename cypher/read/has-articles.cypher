// Whether the database holds any article (start-up loads the samples into an empty one).
// returns: hasArticles: boolean
RETURN EXISTS { MATCH (:Article) } AS hasArticles
