// Filtering events by type.
// returns: nothing
CREATE INDEX event_type IF NOT EXISTS FOR (e:Event) ON (e.type)
