package org.beanpress.core.post;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.beanpress.core.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The revisions every save of a post keeps, newest first. */
@Repository
public class PostRevisionRepository {

	private static final String SELECT = """
			SELECT r.*, u.username AS author_name
			FROM post_revisions r JOIN users u ON u.id = r.author_id
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	public PostRevisionRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Keeps the post's content as the given user just saved it. */
	public void record(long postId, long authorId, String title, String markdown) {
		jdbc.sql("""
				INSERT INTO post_revisions (post_id, title, markdown, author_id, created_at)
				VALUES (?, ?, ?, ?, ?)
				""").params(postId, title, markdown, authorId, clock.instant()).update();
	}

	public List<PostRevision> findByPost(long postId) {
		return jdbc.sql(SELECT + "WHERE r.post_id = ? ORDER BY r.id DESC")
			.param(postId)
			.query(Rows.of(PostRevision.class))
			.list();
	}

	/** A revision of that post: one of another post is not found. */
	public Optional<PostRevision> find(long postId, long revisionId) {
		return jdbc.sql(SELECT + "WHERE r.id = ? AND r.post_id = ?")
			.params(revisionId, postId)
			.query(Rows.of(PostRevision.class))
			.optional();
	}

	/**
	 * Deletes all but the newest {@code kept} revisions of every post that has more;
	 * returns how many went. Per post, with plain statements, as MySQL refuses a DELETE
	 * that reads its own table in a subquery.
	 */
	public int prune(int kept) {
		var crowded = jdbc.sql("SELECT post_id FROM post_revisions GROUP BY post_id HAVING COUNT(*) > ?")
			.param(kept)
			.query(Long.class)
			.list();
		int deleted = 0;
		for (var postId : crowded) {
			var oldestKept = jdbc
				.sql("SELECT id FROM post_revisions WHERE post_id = ? ORDER BY id DESC LIMIT 1 OFFSET ?")
				.params(postId, kept - 1)
				.query(Long.class)
				.optional();
			if (oldestKept.isPresent()) {
				deleted += jdbc.sql("DELETE FROM post_revisions WHERE post_id = ? AND id < ?")
					.params(postId, oldestKept.get())
					.update();
			}
		}
		return deleted;
	}

}
