package org.beanpress.web.comment;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.beanpress.core.comment.Comment;
import org.beanpress.core.comment.CommentStatus;

/**
 * A comment in the API. {@code email} (an anonymous commenter's) is there only for the
 * post's moderators, absent for everyone else.
 */
record CommentView(long id, long postId, Long parentId, String authorName, boolean member, String html,
		CommentStatus status, Instant createdAt, String postSlug,
		@JsonInclude(JsonInclude.Include.NON_NULL) String email) {

	static CommentView of(Comment comment, boolean moderator) {
		return new CommentView(comment.id(), comment.postId(), comment.parentId(), comment.authorName(),
				comment.authorId() != null, comment.html(), comment.status(), comment.createdAt(), comment.postSlug(),
				moderator ? comment.authorEmail() : null);
	}

}
