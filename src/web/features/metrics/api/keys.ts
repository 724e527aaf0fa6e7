/**
 * Every query that reads published data starts with this key, so one publish or retraction
 * invalidates them all (and nothing else, such as the session).
 */
export const PUBLISHED_DATA_KEY = 'published-data' as const;

export const publishedDataKey = [PUBLISHED_DATA_KEY] as const;
