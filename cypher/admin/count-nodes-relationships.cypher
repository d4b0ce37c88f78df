// Total node and relationship counts (from the count store).
// returns: nodes: int, relationships: int
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
