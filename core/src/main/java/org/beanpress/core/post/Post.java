package org.beanpress.core.post;

import java.time.Instant;

/**
 * A post as stored: the Markdown source and the sanitized HTML rendered from it.
 *
 * @param publishAt when a SCHEDULED post is to be published (null otherwise)
 * @param featuredMediaId the media shown as its featured image, null when none
 */
public record Post(long id, String slug, String title, String markdown, String html, String excerpt, PostStatus status,
		long authorId, String authorName, Instant createdAt, Instant updatedAt, Instant publishedAt, int version,
		Instant publishAt, Long featuredMediaId) {

	public boolean isPublished() {
		return status == PostStatus.PUBLISHED;
	}

}
