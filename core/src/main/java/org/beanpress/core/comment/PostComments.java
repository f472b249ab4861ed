package org.beanpress.core.comment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.beanpress.core.post.Post;
import org.springframework.stereotype.Component;

/**
 * The comments part of public pages, the same whichever tier renders them: a post's
 * approved comments in threads, whether it takes comments, and the counts listings show.
 */
@Component
public class PostComments {

	/** The most comments a post page (or the API's list for a post) shows. */
	public static final int MAX_PER_POST = 1000;

	private final CommentRepository comments;

	private final CommentProperties properties;

	private final Clock clock;

	public PostComments(CommentRepository comments, CommentProperties properties, Clock clock) {
		this.comments = comments;
		this.properties = properties;
		this.clock = clock;
	}

	public CommentSection section(Post post) {
		var threads = threads(comments.findByPost(post.id(), CommentStatus.APPROVED, MAX_PER_POST));
		var count = threads.stream().mapToInt(thread -> 1 + thread.replies().size()).sum();
		return new CommentSection(post.id(), threads, count, isOpen(post), properties.anonymous());
	}

	/**
	 * Whether a post takes comments: published, not closed by hand, and not older than
	 * the configured age.
	 */
	public boolean isOpen(Post post) {
		return post.isPublished() && !comments.closedByHand(post.id())
				&& !properties.tooOld(post.publishedAt(), clock.instant());
	}

	/** Approved comments per post, for the listings' "3 comments". */
	public Map<Long, Integer> counts(Collection<Post> posts) {
		return comments.countApproved(posts.stream().map(Post::id).toList());
	}

	/**
	 * Top-level comments with their replies under them; a reply whose parent is not in
	 * the list (not approved) is not shown, as its thread is not.
	 */
	public static List<PublicComment> threads(List<Comment> approved) {
		var replies = new LinkedHashMap<Long, List<PublicComment>>();
		for (var comment : approved) {
			if (comment.parentId() == null) {
				replies.put(comment.id(), new ArrayList<>());
			}
		}
		for (var comment : approved) {
			if (comment.parentId() != null && replies.containsKey(comment.parentId())) {
				replies.get(comment.parentId()).add(PublicComment.of(comment, List.of()));
			}
		}
		return approved.stream()
			.filter(comment -> comment.parentId() == null)
			.map(comment -> PublicComment.of(comment, List.copyOf(replies.get(comment.id()))))
			.toList();
	}

}
