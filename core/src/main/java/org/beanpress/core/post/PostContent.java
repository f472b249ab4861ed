package org.beanpress.core.post;

import java.time.Instant;

/**
 * What an author writes, already rendered: the repository stores it as given.
 *
 * @param publishAt when a SCHEDULED post is to be published; ignored for other statuses
 */
public record PostContent(String title, String markdown, String html, String excerpt, PostStatus status,
		Instant publishAt) {

	/** Content that is not scheduled. */
	public PostContent(String title, String markdown, String html, String excerpt, PostStatus status) {
		this(title, markdown, html, excerpt, status, null);
	}

	Instant scheduledAt() {
		return status == PostStatus.SCHEDULED ? publishAt : null;
	}

}
