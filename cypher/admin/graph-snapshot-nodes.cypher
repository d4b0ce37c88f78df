// Every node with its labels and properties, ordered by id (tests compare whole graphs).
// returns: labels: [string], props: map
MATCH (n)
RETURN labels(n) AS labels, properties(n) AS props
ORDER BY n.id
