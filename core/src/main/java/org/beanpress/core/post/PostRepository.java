package org.beanpress.core.post;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.beanpress.core.Rows;
import org.beanpress.core.media.MediaKey;
import org.beanpress.core.search.SearchIndex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class PostRepository {

	private static final String SELECT = """
			SELECT p.*, u.username AS author_name
			FROM posts p JOIN users u ON u.id = p.author_id
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SearchIndex search;

	public PostRepository(JdbcClient jdbc, Clock clock, SearchIndex search) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.search = search;
	}

	/**
	 * Inserts a post under the given slug; a slug taken already raises
	 * DuplicateKeyException.
	 */
	public long insert(String slug, long authorId, PostContent content) {
		var now = clock.instant();
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO posts (slug, title, markdown, html, excerpt, status, author_id, created_at, updated_at,
				                   published_at, version, publish_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)
				""")
			.params(slug, content.title(), content.markdown(), content.html(), content.excerpt(),
					content.status().name(), authorId, now, now, content.status() == PostStatus.PUBLISHED ? now : null,
					content.scheduledAt())
			.update(keys);
		var id = keys.getKey().longValue();
		search.refresh(id);
		return id;
	}

	/**
	 * Replaces a post's content if it is still at the expected version (optimistic
	 * locking); the first publication sets published_at, later edits keep it so the post
	 * keeps its place on the front page.
	 */
	public boolean update(long id, int expectedVersion, PostContent content) {
		var now = clock.instant();
		var updated = jdbc.sql("""
				UPDATE posts SET title = ?, markdown = ?, html = ?, excerpt = ?, status = ?, updated_at = ?,
				    published_at = CASE WHEN ? = 'PUBLISHED' THEN COALESCE(published_at, ?) ELSE NULL END,
				    version = version + 1, publish_at = ?
				WHERE id = ? AND version = ?
				""")
			.params(content.title(), content.markdown(), content.html(), content.excerpt(), content.status().name(),
					now, content.status().name(), now, content.scheduledAt(), id, expectedVersion)
			.update() == 1;
		if (updated) {
			contentChanged(id);
		}
		return updated;
	}

	/**
	 * Keeps what is derived from a post in step with it: the copy of published_at in
	 * post_terms (the archive index) and the search index. Every change of a post's text
	 * or publication goes through here.
	 */
	private void contentChanged(long id) {
		jdbc.sql("UPDATE post_terms SET published_at = (SELECT published_at FROM posts WHERE id = ?) WHERE post_id = ?")
			.params(id, id)
			.update();
		search.refresh(id);
	}

	/** SCHEDULED posts whose time has come, the longest due first. */
	public List<Post> findDue(Instant now, int limit) {
		return jdbc.sql(SELECT + """
				WHERE p.status = 'SCHEDULED' AND p.publish_at <= ?
				ORDER BY p.publish_at, p.id LIMIT ?
				""").params(now, limit).query(Rows.of(Post.class)).list();
	}

	/**
	 * Publishes a scheduled post if it is still SCHEDULED and due: the one way a
	 * scheduled post becomes PUBLISHED. Conditional, so of two task runs that both found
	 * it due only one wins (true); the other finds it published already, or rescheduled
	 * or edited by its author meanwhile (false). It is published at its scheduled time,
	 * as the author chose; the version moves on, so an editor still open on the scheduled
	 * post gets 409 instead of scheduling it again.
	 */
	public boolean publishIfDue(long id, Instant now) {
		var published = jdbc.sql("""
				UPDATE posts SET status = 'PUBLISHED', published_at = publish_at, publish_at = NULL, updated_at = ?,
				    version = version + 1
				WHERE id = ? AND status = 'SCHEDULED' AND publish_at <= ?
				""").params(now, id, now).update() == 1;
		if (published) {
			contentChanged(id);
		}
		return published;
	}

	public boolean delete(long id) {
		return jdbc.sql("DELETE FROM posts WHERE id = ?").param(id).update() == 1;
	}

	public Optional<Post> findById(long id) {
		return jdbc.sql(SELECT + "WHERE p.id = ?").param(id).query(Rows.of(Post.class)).optional();
	}

	public Optional<Post> findBySlug(String slug) {
		return jdbc.sql(SELECT + "WHERE p.slug = ?").param(slug).query(Rows.of(Post.class)).optional();
	}

	/** Records which uploaded images (by original key) the post shows. */
	public void replaceImages(long postId, Collection<MediaKey> originalKeys) {
		jdbc.sql("DELETE FROM post_images WHERE post_id = ?").param(postId).update();
		for (var key : originalKeys) {
			jdbc.sql("INSERT INTO post_images (post_id, original_key) VALUES (?, ?)")
				.params(postId, key.value())
				.update();
		}
	}

	/** The published posts that show an image. */
	public List<Post> findPublishedShowing(MediaKey originalKey) {
		return jdbc.sql(SELECT + """
				JOIN post_images i ON i.post_id = p.id
				WHERE i.original_key = ? AND p.status = 'PUBLISHED'
				""").param(originalKey.value()).query(Rows.of(Post.class)).list();
	}

	/** Sets or (with null) clears the post's featured image. */
	public void setFeaturedMedia(long postId, Long mediaId) {
		jdbc.sql("UPDATE posts SET featured_media_id = ? WHERE id = ?").params(mediaId, postId).update();
	}

	/** The published posts that show an image as their featured image. */
	public List<Post> findPublishedFeaturing(MediaKey originalKey) {
		return jdbc.sql(SELECT + """
				JOIN media m ON m.id = p.featured_media_id
				WHERE m.original_key = ? AND p.status = 'PUBLISHED'
				""").param(originalKey.value()).query(Rows.of(Post.class)).list();
	}

	/**
	 * The posts, published or not, that show a media item in their body or as their
	 * featured image. The look-ups lock those rows, and the index gaps where new ones
	 * would go, until the transaction ends: a post that would start showing it waits.
	 */
	public List<PostLink> lockPostsUsing(long mediaId, MediaKey originalKey) {
		var showing = jdbc.sql("""
				SELECT p.id, p.slug, p.title, p.status FROM post_images i JOIN posts p ON p.id = i.post_id
				WHERE i.original_key = ? FOR UPDATE
				""").param(originalKey.value()).query(Rows.of(PostLink.class)).list();
		var featuring = jdbc.sql("""
				SELECT id, slug, title, status FROM posts WHERE featured_media_id = ? FOR UPDATE
				""").param(mediaId).query(Rows.of(PostLink.class)).list();
		return Stream.concat(showing.stream(), featuring.stream()).distinct().toList();
	}

	/**
	 * The slugs already taken among {@code base} and {@code base-N}, to choose the next
	 * free suffix.
	 */
	public Set<String> findSlugsLike(String base) {
		var pattern = base.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "-%";
		return Set.copyOf(jdbc.sql("SELECT slug FROM posts WHERE slug = ? OR slug LIKE ?")
			.params(base, pattern)
			.query(String.class)
			.list());
	}

	/**
	 * Published posts, newest first, starting after the cursor (keyset: no OFFSET scan).
	 */
	public PostPage findPublished(Optional<PostCursor> after, int pageSize) {
		List<Post> rows = after.map(cursor -> jdbc.sql(SELECT + """
				WHERE p.status = 'PUBLISHED'
				  AND (p.published_at < ? OR (p.published_at = ? AND p.id < ?))
				ORDER BY p.published_at DESC, p.id DESC LIMIT ?
				""").params(cursor.publishedAt(), cursor.publishedAt(), cursor.id(), pageSize + 1))
			.orElseGet(() -> jdbc.sql(SELECT + """
					WHERE p.status = 'PUBLISHED'
					ORDER BY p.published_at DESC, p.id DESC LIMIT ?
					""").param(pageSize + 1))
			.query(Rows.of(Post.class))
			.list();
		return page(rows, pageSize);
	}

	/**
	 * Published posts with a category or tag, newest first, after the cursor. The inner
	 * query reads one range of the archive index and stops after a page; only that page
	 * is joined to the posts (keyset: no OFFSET, no sort of the term's posts).
	 */
	public PostPage findPublishedWithTerm(long termId, Optional<PostCursor> after, int pageSize) {
		return find(termPage(termId, after, pageSize), pageSize);
	}

	/**
	 * Whether an author has a published post, i.e. a public archive and feed. Anyone else
	 * answers as an unknown account would, so those pages do not tell who has one.
	 */
	public boolean hasPublishedPosts(long authorId) {
		return !findPublishedByAuthor(authorId, Optional.empty(), 1).posts().isEmpty();
	}

	/** An author's published posts, newest first, after the cursor (keyset). */
	public PostPage findPublishedByAuthor(long authorId, Optional<PostCursor> after, int pageSize) {
		return find(authorPage(authorId, after, pageSize), pageSize);
	}

	/**
	 * An archive query as sent to the database; package-visible so that a test can
	 * EXPLAIN exactly the statement the archive pages run.
	 */
	record Query(String sql, List<Object> params) {
	}

	static Query termPage(long termId, Optional<PostCursor> after, int pageSize) {
		var keyset = after.isPresent() ? "AND (pt.published_at < ? OR (pt.published_at = ? AND pt.post_id < ?))" : "";
		return new Query("""
				SELECT p.*, u.username AS author_name
				FROM (SELECT pt.post_id, pt.published_at FROM post_terms pt
				      WHERE pt.term_id = ? AND pt.published_at IS NOT NULL %s
				      ORDER BY pt.published_at DESC, pt.post_id DESC LIMIT ?) page
				JOIN posts p ON p.id = page.post_id
				JOIN users u ON u.id = p.author_id
				ORDER BY page.published_at DESC, page.post_id DESC
				""".formatted(keyset), keysetParams(termId, after, pageSize));
	}

	static Query authorPage(long authorId, Optional<PostCursor> after, int pageSize) {
		var keyset = after.isPresent() ? "AND (p.published_at < ? OR (p.published_at = ? AND p.id < ?))" : "";
		return new Query(SELECT + """
				WHERE p.author_id = ? AND p.status = 'PUBLISHED' %s
				ORDER BY p.published_at DESC, p.id DESC LIMIT ?
				""".formatted(keyset), keysetParams(authorId, after, pageSize));
	}

	private PostPage find(Query query, int pageSize) {
		return page(jdbc.sql(query.sql()).params(query.params()).query(Rows.of(Post.class)).list(), pageSize);
	}

	private static List<Object> keysetParams(long archive, Optional<PostCursor> after, int pageSize) {
		var params = new ArrayList<Object>();
		params.add(archive);
		after.ifPresent(cursor -> params.addAll(List.of(cursor.publishedAt(), cursor.publishedAt(), cursor.id())));
		params.add(pageSize + 1);
		return params;
	}

	/** An author's posts, drafts included, newest first. */
	public List<Post> findByAuthor(long authorId, int limit) {
		return jdbc.sql(SELECT + "WHERE p.author_id = ? ORDER BY p.id DESC LIMIT ?")
			.params(authorId, limit)
			.query(Rows.of(Post.class))
			.list();
	}

	/**
	 * Everyone's posts in one status, the longest waiting first (the review queue: few
	 * rows, read from ix_posts_published's status prefix).
	 */
	public List<Post> findByStatus(PostStatus status, int limit) {
		return jdbc.sql(SELECT + "WHERE p.status = ? ORDER BY p.updated_at, p.id LIMIT ?")
			.params(status.name(), limit)
			.query(Rows.of(Post.class))
			.list();
	}

	private static PostPage page(List<Post> rows, int pageSize) {
		if (rows.size() <= pageSize) {
			return new PostPage(rows, Optional.empty());
		}
		var shown = rows.subList(0, pageSize);
		return new PostPage(List.copyOf(shown), Optional.of(PostCursor.after(shown.get(pageSize - 1))));
	}

}
