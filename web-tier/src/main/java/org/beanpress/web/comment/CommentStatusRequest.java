package org.beanpress.web.comment;

import jakarta.validation.constraints.NotNull;

import org.beanpress.core.comment.CommentStatus;

/** A moderator's decision: {@code APPROVED} or {@code SPAM}. */
record CommentStatusRequest(@NotNull CommentStatus status) {
}
