// Lists the schema constraints (name, labels, properties): used by tests and `db:status`.
SHOW CONSTRAINTS YIELD name, labelsOrTypes AS labels, properties, type
