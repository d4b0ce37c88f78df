// Filtering events by type.
CREATE INDEX event_type IF NOT EXISTS FOR (e:Event) ON (e.type)
