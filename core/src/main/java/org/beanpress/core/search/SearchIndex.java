package org.beanpress.core.search;

import java.time.Instant;
import java.util.List;

import org.beanpress.core.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Full-text search over published posts: their title, body text and tag names, in the
 * database's own FULLTEXT index (table post_search, one row per published post; the same
 * SQL on MySQL 8 / Aurora and MariaDB).
 */
@Repository
public class SearchIndex {

	public static final int PAGE_SIZE = 10;

	/**
	 * Results stop after the best {@code MAX_PAGES * PAGE_SIZE} matches: the joins, the
	 * tie-break sort and the excerpts cost at most that many rows. InnoDB still reads the
	 * whole posting list of each word, so a word in many posts stays costly
	 * (bench/README).
	 */
	public static final int MAX_PAGES = 10;

	private static final String MATCH = "MATCH (title, body_text, tags) AGAINST (? IN BOOLEAN MODE)";

	private final JdbcClient jdbc;

	public SearchIndex(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Makes a post's search row match the post: written if it is published, removed if
	 * not. Runs in the caller's transaction, after the post or its tags changed.
	 */
	public void refresh(long postId) {
		record Published(String title, String html, Instant publishedAt) {
		}
		jdbc.sql("DELETE FROM post_search WHERE post_id = ?").param(postId).update();
		jdbc.sql("""
				SELECT title, html, published_at FROM posts
				WHERE id = ? AND status = 'PUBLISHED' AND published_at IS NOT NULL
				""").param(postId).query(Rows.of(Published.class)).optional().ifPresent(post -> {
			var tags = jdbc.sql("""
					SELECT t.name FROM post_terms pt JOIN terms t ON t.id = pt.term_id
					WHERE pt.post_id = ? AND t.kind = 'TAG' ORDER BY t.name
					""").param(postId).query(String.class).list();
			jdbc.sql("INSERT INTO post_search (post_id, published_at, title, body_text, tags) VALUES (?, ?, ?, ?, ?)")
				.params(postId, post.publishedAt(), post.title(), PlainText.of(post.html()), String.join(" ", tags))
				.update();
		});
	}

	/**
	 * A page (1 to {@link #MAX_PAGES}) of the published posts that have every word, by
	 * relevance, then newest first. The inner query is a plain ranked full-text query
	 * with a LIMIT; only its rows are joined to their posts and sorted again for the
	 * tie-breaks (equal scores at the cut are kept in the index's order).
	 */
	public SearchResults search(SearchQuery query, int page) {
		if (page < 1 || page > MAX_PAGES) {
			throw new IllegalArgumentException("page must be 1 to " + MAX_PAGES);
		}
		if (query.isEmpty()) {
			return new SearchResults(query, page, List.of(), false);
		}
		record Row(long postId, String slug, String title, String authorName, Instant publishedAt, double score,
				String bodyText) {
		}
		var against = query.booleanMode();
		var rows = jdbc.sql("""
				SELECT s.post_id, p.slug, p.title, u.username AS author_name, ps.published_at, s.score, ps.body_text
				FROM (SELECT post_id, %s AS score FROM post_search WHERE %s
				      ORDER BY score DESC LIMIT ?) s
				JOIN post_search ps ON ps.post_id = s.post_id
				JOIN posts p ON p.id = s.post_id
				JOIN users u ON u.id = p.author_id
				WHERE p.status = 'PUBLISHED'
				ORDER BY s.score DESC, ps.published_at DESC, s.post_id DESC
				LIMIT ? OFFSET ?
				""".formatted(MATCH, MATCH))
			.params(against, against, MAX_PAGES * PAGE_SIZE, PAGE_SIZE + 1, (page - 1) * PAGE_SIZE)
			.query(Rows.of(Row.class))
			.list();
		var hits = rows.stream()
			.limit(PAGE_SIZE)
			.map(row -> new SearchHit(row.postId(), row.slug(), row.title(), row.authorName(), row.publishedAt(),
					row.score(), Excerpt.around(row.bodyText(), query.words())))
			.toList();
		return new SearchResults(query, page, hits, rows.size() > PAGE_SIZE && page < MAX_PAGES);
	}

}
