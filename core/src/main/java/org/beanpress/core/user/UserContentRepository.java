package org.beanpress.core.user;

import java.util.List;

import org.beanpress.core.Rows;
import org.beanpress.core.post.PostLink;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What an account owns, read and handed on when the account is deleted: posts (with the
 * revisions it saved) and media. Run inside the deletion's transaction.
 */
@Repository
public class UserContentRepository {

	private final JdbcClient jdbc;

	public UserContentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long countPosts(long userId) {
		return jdbc.sql("SELECT COUNT(*) FROM posts WHERE author_id = ?").param(userId).query(Long.class).single();
	}

	public long countMedia(long userId) {
		return jdbc.sql("SELECT COUNT(*) FROM media WHERE owner_id = ?").param(userId).query(Long.class).single();
	}

	/**
	 * The published posts of the account, whose cached pages change with their byline.
	 */
	public List<PostLink> findPublishedPosts(long userId) {
		return jdbc.sql("SELECT id, slug, title, status FROM posts WHERE author_id = ? AND status = 'PUBLISHED'")
			.param(userId)
			.query(Rows.of(PostLink.class))
			.list();
	}

	/**
	 * Other authors' published posts that show an approved comment of the account: its
	 * comments go with it, so their cached pages change too.
	 */
	public List<PostLink> findPublishedPostsCommentedOn(long userId) {
		return jdbc.sql("""
				SELECT p.id, p.slug, p.title, p.status FROM posts p
				WHERE p.status = 'PUBLISHED' AND p.author_id <> ? AND EXISTS (
				  SELECT 1 FROM comments c WHERE c.post_id = p.id AND c.author_id = ? AND c.status = 'APPROVED')
				""").params(userId, userId).query(Rows.of(PostLink.class)).list();
	}

	/**
	 * Media of {@code fromUser} that {@code toUser} already has (the same file: one owner
	 * holds a file once), which therefore cannot change hands as they are.
	 */
	public List<Long> findMediaBothOwn(long fromUser, long toUser) {
		return jdbc
			.sql("SELECT m.id FROM media m JOIN media t ON t.sha256 = m.sha256 AND t.owner_id = ?"
					+ " WHERE m.owner_id = ? ORDER BY m.id")
			.params(toUser, fromUser)
			.query(Long.class)
			.list();
	}

	/**
	 * Gives every post, revision and media item of {@code fromUser} to {@code toUser}.
	 */
	public void reassign(long fromUser, long toUser) {
		jdbc.sql("UPDATE posts SET author_id = ? WHERE author_id = ?").params(toUser, fromUser).update();
		jdbc.sql("UPDATE post_revisions SET author_id = ? WHERE author_id = ?").params(toUser, fromUser).update();
		jdbc.sql("UPDATE media SET owner_id = ? WHERE owner_id = ?").params(toUser, fromUser).update();
	}

}
