package org.beanpress.core.comment;

/**
 * A comment to store: by an account ({@code authorId}) or anonymous ({@code authorName}
 * and {@code authorEmail}).
 */
public record NewComment(long postId, Long parentId, Long authorId, String authorName, String authorEmail,
		String markdown, String html, CommentStatus status) {
}
