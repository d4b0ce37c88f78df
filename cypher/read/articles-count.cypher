// How many articles there are (Article connection totalCount), from the count store.
// returns: count: int
MATCH (x:Article)
RETURN count(x) AS count
