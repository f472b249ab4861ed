package org.beanpress.core.post;

import java.time.Instant;

/**
 * A post's title and Markdown as one save left them, and who saved it when.
 *
 * @param authorName the name of the user who made the change (not necessarily the post's
 * author: an admin may edit it)
 */
public record PostRevision(long id, long postId, String title, String markdown, long authorId, String authorName,
		Instant createdAt) {
}
