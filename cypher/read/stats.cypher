// Counts of articles, entities by kind, events and typed relationships. Returns one row.
// returns: articles: int, persons: int, organizations: int, places: int, events: int, relationships: int
CALL () { MATCH (n:Article) RETURN count(n) AS articles }
CALL () { MATCH (n:Person) RETURN count(n) AS persons }
CALL () { MATCH (n:Organization) RETURN count(n) AS organizations }
CALL () { MATCH (n:Place) RETURN count(n) AS places }
CALL () { MATCH (n:Event) RETURN count(n) AS events }
CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relationships }
RETURN articles, persons, organizations, places, events, relationships
