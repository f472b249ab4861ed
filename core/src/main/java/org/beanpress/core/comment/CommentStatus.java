package org.beanpress.core.comment;

/**
 * Where a comment stands: held for a moderator, shown on the post page, or kept out of
 * sight as spam (kept, so that a mistake can be undone).
 */
public enum CommentStatus {

	PENDING, APPROVED, SPAM

}
