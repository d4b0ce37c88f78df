// Events are keyed by the extraction's event id.
// returns: nothing
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE
