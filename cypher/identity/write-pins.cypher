// Pins articles' extracted entities to entities, so re-ingesting an article keeps a decision.
// $pins: [{articleId: string, extractedId: string, entityId: string, decisionId: string}] — the pins
// returns: nothing
UNWIND $pins AS pin
MERGE (p:LinkPin {key: pin.articleId + '|' + pin.extractedId})
SET p.articleId = pin.articleId, p.extractedId = pin.extractedId, p.entityId = pin.entityId, p.decisionId = pin.decisionId
