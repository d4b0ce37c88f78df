// Records an identity decision (who, when, why, what) in the decision log.
// $decision: {id: string, action: 'MERGE' | 'SPLIT' | 'KEEP_APART', entityId: string, otherId: string,
//     articleIds: [string], by: string, at: string, reason: string, snapshot: string} — the decision;
//     snapshot: JSON of what a merge removed, for a split to restore
// returns: nothing
CREATE (d:IdentityDecision)
SET d = $decision
