// Lists the schema constraints (name, labels, properties): used by tests and `db:status`.
// returns: name: string, labels: [string], properties: [string], type: string
SHOW CONSTRAINTS YIELD name, labelsOrTypes AS labels, properties, type
