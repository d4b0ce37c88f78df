// Every node with its labels and properties, ordered by id (name keys and pins: by key), so tests
// can compare whole graphs.
// returns: labels: [string], props: map
MATCH (n)
RETURN labels(n) AS labels, properties(n) AS props
ORDER BY coalesce(n.id, n.key)
