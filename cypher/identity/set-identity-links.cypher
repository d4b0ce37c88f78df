// Writes identity links between entities (POSSIBLY_SAME_AS with score and reasons, DIFFERENT_FROM
// with the decision that set it), with the given properties; skips a link whose ends are missing.
// $links: [{type: 'POSSIBLY_SAME_AS' | 'DIFFERENT_FROM', fromId: string, toId: string, props: map}] — the links
// returns: nothing
UNWIND $links AS link
MATCH (a:Entity {id: link.fromId})
MATCH (b:Entity {id: link.toId})
WITH a, b, link WHERE a <> b
MERGE (a)-[l:$(link.type)]->(b)
SET l = link.props
