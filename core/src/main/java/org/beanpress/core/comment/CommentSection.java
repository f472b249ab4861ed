package org.beanpress.core.comment;

import java.util.List;

/**
 * What a post page shows of its comments.
 *
 * @param threads approved top-level comments, oldest first, each with its approved
 * replies
 * @param count approved comments, replies included
 * @param open whether the post takes comments now
 * @param anonymous whether readers without an account may comment (name and email fields)
 */
public record CommentSection(long postId, List<PublicComment> threads, int count, boolean open, boolean anonymous) {
}
