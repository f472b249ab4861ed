package org.beanpress.core.comment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.beanpress.core.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class CommentRepository {

	private static final String SELECT = """
			SELECT c.id, c.post_id, c.parent_id, c.author_id, COALESCE(u.username, c.author_name) AS author_name,
			       c.author_email, c.markdown, c.html, c.status, c.created_at, p.slug AS post_slug,
			       p.title AS post_title
			FROM comments c
			JOIN posts p ON p.id = c.post_id
			LEFT JOIN users u ON u.id = c.author_id
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	public CommentRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public long insert(NewComment comment) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO comments (post_id, parent_id, author_id, author_name, author_email, markdown, html, status,
				                      created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(comment.postId(), comment.parentId(), comment.authorId(), comment.authorName(),
					comment.authorEmail(), comment.markdown(), comment.html(), comment.status().name(), clock.instant())
			.update(keys);
		return keys.getKey().longValue();
	}

	public Optional<Comment> findById(long id) {
		return jdbc.sql(SELECT + "WHERE c.id = ?").param(id).query(Rows.of(Comment.class)).optional();
	}

	/** A post's comments of one status, oldest first, at most {@code limit}. */
	public List<Comment> findByPost(long postId, CommentStatus status, int limit) {
		return jdbc.sql(SELECT + "WHERE c.post_id = ? AND c.status = ? ORDER BY c.id LIMIT ?")
			.params(postId, status.name(), limit)
			.query(Rows.of(Comment.class))
			.list();
	}

	/** All of a post's comments whatever their status, oldest first (for moderators). */
	public List<Comment> findAllByPost(long postId, int limit) {
		return jdbc.sql(SELECT + "WHERE c.post_id = ? ORDER BY c.id LIMIT ?")
			.params(postId, limit)
			.query(Rows.of(Comment.class))
			.list();
	}

	/**
	 * The moderation queue: comments of one status, oldest first, after the comment
	 * {@code afterId} (keyset); only on the posts of {@code postAuthorId} when given.
	 */
	public List<Comment> findByStatus(CommentStatus status, Optional<Long> postAuthorId, long afterId, int limit) {
		var byAuthor = postAuthorId.isPresent() ? "AND p.author_id = ? " : "";
		var params = new ArrayList<Object>(List.of(status.name(), afterId));
		postAuthorId.ifPresent(params::add);
		params.add(limit);
		return jdbc.sql(SELECT + "WHERE c.status = ? AND c.id > ? " + byAuthor + "ORDER BY c.id LIMIT ?")
			.params(params)
			.query(Rows.of(Comment.class))
			.list();
	}

	public boolean setStatus(long id, CommentStatus status) {
		return jdbc.sql("UPDATE comments SET status = ? WHERE id = ?").params(status.name(), id).update() == 1;
	}

	/** Deletes a comment and its replies. */
	public boolean delete(long id) {
		return jdbc.sql("DELETE FROM comments WHERE id = ?").param(id).update() == 1;
	}

	/** Whether the account has a comment a moderator let through (or wrote). */
	public boolean hasApprovedByAuthor(long authorId) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM comments WHERE author_id = ? AND status = 'APPROVED')")
			.param(authorId)
			.query(Integer.class)
			.single() == 1;
	}

	/** As {@link #hasApprovedByAuthor(long)}, for anonymous commenters by email. */
	public boolean hasApprovedByEmail(String email) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM comments WHERE author_email = ? AND status = 'APPROVED')")
			.param(email)
			.query(Integer.class)
			.single() == 1;
	}

	/** The number of approved comments of each post (posts without any are absent). */
	public Map<Long, Integer> countApproved(Collection<Long> postIds) {
		var counts = new HashMap<Long, Integer>();
		if (postIds.isEmpty()) {
			return counts;
		}
		var marks = String.join(", ", postIds.stream().map(id -> "?").toList());
		jdbc.sql("SELECT post_id, COUNT(*) AS n FROM comments WHERE status = 'APPROVED' AND post_id IN (" + marks
				+ ") GROUP BY post_id")
			.params(List.copyOf(postIds))
			.query((rs, row) -> counts.put(rs.getLong("post_id"), rs.getInt("n")))
			.list();
		return counts;
	}

	/** Whether comments on the post were closed by hand (not counting its age). */
	public boolean closedByHand(long postId) {
		return jdbc.sql("SELECT comments_closed FROM posts WHERE id = ?")
			.param(postId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	public void setClosedByHand(long postId, boolean closed) {
		jdbc.sql("UPDATE posts SET comments_closed = ? WHERE id = ?").params(closed, postId).update();
	}

}
