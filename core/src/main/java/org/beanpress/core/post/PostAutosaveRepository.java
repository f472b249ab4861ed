package org.beanpress.core.post;

import java.time.Clock;
import java.util.Optional;

import org.beanpress.core.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One autosaved copy per user and post, and one per user for a post not saved yet; each
 * autosave replaces the last.
 */
@Repository
public class PostAutosaveRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	public PostAutosaveRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public PostAutosave save(long userId, Optional<Long> postId, String title, String markdown, Integer baseVersion) {
		var now = clock.instant();
		jdbc.sql("""
				INSERT INTO post_autosaves (user_id, slot, post_id, title, markdown, base_version, saved_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				ON DUPLICATE KEY UPDATE title = ?, markdown = ?, base_version = ?, saved_at = ?
				""")
			.params(userId, slot(postId), postId.orElse(null), title, markdown, baseVersion, now, title, markdown,
					baseVersion, now)
			.update();
		return new PostAutosave(userId, postId.orElse(null), title, markdown, baseVersion, now);
	}

	public Optional<PostAutosave> find(long userId, Optional<Long> postId) {
		return jdbc.sql("SELECT * FROM post_autosaves WHERE user_id = ? AND slot = ?")
			.params(userId, slot(postId))
			.query(Rows.of(PostAutosave.class))
			.optional();
	}

	public boolean delete(long userId, Optional<Long> postId) {
		return jdbc.sql("DELETE FROM post_autosaves WHERE user_id = ? AND slot = ?")
			.params(userId, slot(postId))
			.update() == 1;
	}

	private static String slot(Optional<Long> postId) {
		return postId.map(id -> "post-" + id).orElse("new");
	}

}
