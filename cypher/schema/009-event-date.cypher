// Timelines: events filtered and ordered by date (ISO prefix string) and id.
// returns: nothing
CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.dateSort, e.id)
