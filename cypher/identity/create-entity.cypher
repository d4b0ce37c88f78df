// Creates the entity a split makes (a restored one keeps its old id and name); its aggregates are
// recomputed once the articles' views have moved to it.
// $entity: {id: string, kind: string, label: 'Person' | 'Organization' | 'Place', name: string, sortName: string} — the new entity; label is allow-listed by its type
// returns: nothing
CREATE (e:Entity {id: $entity.id})
SET e:$($entity.label), e.kind = $entity.kind, e.name = $entity.name, e.sortName = $entity.sortName,
  e.aliases = [$entity.name], e.aliasesLower = [toLower($entity.name)], e.aliasText = $entity.name,
  e.roles = [], e.mentionCount = 0, e.articleCount = 0
