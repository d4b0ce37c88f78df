// How many articles there are (Article connection totalCount), from the count store.
MATCH (x:Article)
RETURN count(x) AS count
