package org.beanpress.core.comment;

import java.time.Instant;
import java.util.List;

/**
 * A comment as readers see it, on the post page and in the public API: no email, no
 * status (only approved comments are public). Top-level comments carry their approved
 * replies.
 *
 * @param member whether an account wrote it (else an anonymous reader, by the name given)
 */
public record PublicComment(long id, Long parentId, String authorName, boolean member, String html, Instant createdAt,
		List<PublicComment> replies) {

	static PublicComment of(Comment comment, List<PublicComment> replies) {
		return new PublicComment(comment.id(), comment.parentId(), comment.authorName(), comment.authorId() != null,
				comment.html(), comment.createdAt(), replies);
	}

}
