// Whether the database holds any article (start-up loads the samples into an empty one).
RETURN EXISTS { MATCH (:Article) } AS hasArticles
