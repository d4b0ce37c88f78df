// Every relationship with its type, endpoint ids (a name key's: its key) and properties, in a stable order.
// returns: from: string, type: string, to: string, props: map
MATCH (a)-[r]->(b)
RETURN coalesce(a.id, a.key) AS from, type(r) AS type, b.id AS to, properties(r) AS props
ORDER BY from, type, to, coalesce(r.start, -1), coalesce(r.role, '')
