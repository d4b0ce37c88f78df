// Lists the indexes (name, type, state, labels, properties).
// returns: name: string, type: string, state: string, labels: [string]?, properties: [string]?
SHOW INDEXES YIELD name, type, state, labelsOrTypes AS labels, properties
