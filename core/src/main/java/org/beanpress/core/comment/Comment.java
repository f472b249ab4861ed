package org.beanpress.core.comment;

import java.time.Instant;

/**
 * A comment as stored, with the title and slug of its post (for the moderation queue).
 *
 * @param parentId the top-level comment this one answers, null for a top-level comment
 * @param authorId the commenter's account, null for an anonymous commenter
 * @param authorName the account's username, or the name an anonymous commenter gave
 * @param authorEmail an anonymous commenter's email (lower case), null for accounts:
 * moderators only, never on a page, feed or the public API
 */
public record Comment(long id, long postId, Long parentId, Long authorId, String authorName, String authorEmail,
		String markdown, String html, CommentStatus status, Instant createdAt, String postSlug, String postTitle) {

	public boolean isApproved() {
		return status == CommentStatus.APPROVED;
	}

}
