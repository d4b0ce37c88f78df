// Participants of each event with their roles, agents first, then by name.
// $ids: [string] — event ids
// returns: id: string, participants: [{role: ParticipantRole, node: Entity {.id, .kind, .name, .aliases, .mentionCount, .articleCount, .roles}}]
UNWIND $ids AS id
MATCH (e:Event {id: id})
CALL (e) {
  MATCH (x:Entity)-[p:PARTICIPATED_IN]->(e)
  WITH x, p ORDER BY CASE p.role WHEN 'agent' THEN 0 ELSE 1 END, x.sortName, x.id
  RETURN collect({role: p.role, node: x {.id, .kind, .name, .aliases, .mentionCount, .articleCount, .roles}}) AS participants
}
RETURN id, participants
