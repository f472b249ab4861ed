package org.beanpress.core.search;

import java.time.Instant;

/** A published post that matched a search, with its excerpt around the searched words. */
public record SearchHit(long postId, String slug, String title, String authorName, Instant publishedAt, double score,
		Excerpt excerpt) {
}
