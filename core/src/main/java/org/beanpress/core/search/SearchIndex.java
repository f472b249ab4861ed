package org.beanpress.core.search;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

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
	 * Results stop after the best {@code MAX_PAGES * PAGE_SIZE} matches: the tie-break
	 * sort costs at most that many rows, and a page reads only its own.
	 */
	public static final int MAX_PAGES = 10;

	private static final String MATCH = "MATCH (title, body_text, tags) AGAINST (? IN BOOLEAN MODE)";

	/**
	 * How long a query's ranking is reused at most. A change to the index ends it sooner,
	 * on every instance ({@link SearchVersion}); this bounds the staleness when that
	 * signal is lost (Redis down). Rankings hold ids only: a post unpublished meanwhile
	 * still drops out when its page is read.
	 */
	public static final Duration RANKING_TTL = Duration.ofSeconds(30);

	private static final int MAX_RANKINGS = 2_000;

	private final JdbcClient jdbc;

	private final SearchVersion version;

	/**
	 * The rankings of recent queries on this instance, bounded (at most MAX_RANKINGS of
	 * up to 100 ids each, a few MB), keyed by the index's version and the query.
	 * Concurrent searches for one query wait for a single database query rather than each
	 * running their own.
	 */
	private final Cache<String, List<Ranked>> rankings = Caffeine.newBuilder()
		.maximumSize(MAX_RANKINGS)
		.expireAfterWrite(RANKING_TTL)
		.build();

	public SearchIndex(JdbcClient jdbc, SearchVersion version) {
		this.jdbc = jdbc;
		this.version = version;
	}

	/**
	 * Makes a post's search row match the post: written if it is published, removed if
	 * not. Runs in the caller's transaction, after the post or its tags changed; once it
	 * commits, the index's version is raised, which retires every instance's rankings,
	 * unless nothing searchable changed (a draft saved): editing drafts keeps them.
	 */
	public void refresh(long postId) {
		record Published(String title, String html, Instant publishedAt) {
		}
		var removed = jdbc.sql("DELETE FROM post_search WHERE post_id = ?").param(postId).update() > 0;
		var published = jdbc.sql("""
				SELECT title, html, published_at FROM posts
				WHERE id = ? AND status = 'PUBLISHED' AND published_at IS NOT NULL
				""").param(postId).query(Rows.of(Published.class)).optional();
		if (removed || published.isPresent()) {
			version.advanceAfterCommit();
		}
		published.ifPresent(post -> {
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
	 * relevance, then newest first. The ranking (the best {@code MAX_PAGES * PAGE_SIZE}
	 * post ids) comes from {@link #ranking}; only the page's rows are read with it, and
	 * only if their post is still published.
	 */
	public SearchResults search(SearchQuery query, int page) {
		if (page < 1 || page > MAX_PAGES) {
			throw new IllegalArgumentException("page must be 1 to " + MAX_PAGES);
		}
		if (query.isEmpty()) {
			return new SearchResults(query, page, List.of(), false);
		}
		var ranked = rankings.get(version.current() + " " + query.booleanMode(), key -> ranking(query.booleanMode()));
		var from = Math.min((page - 1) * PAGE_SIZE, ranked.size());
		var shown = ranked.subList(from, Math.min(from + PAGE_SIZE, ranked.size()));
		if (shown.isEmpty()) {
			return new SearchResults(query, page, List.of(), false);
		}
		record Row(long postId, String slug, String title, String authorName, Instant publishedAt, String bodyText) {
		}
		Map<Long, Row> rows = jdbc.sql("""
				SELECT ps.post_id, p.slug, p.title, u.username AS author_name, ps.published_at, ps.body_text
				FROM post_search ps
				JOIN posts p ON p.id = ps.post_id
				JOIN users u ON u.id = p.author_id
				WHERE ps.post_id IN (:ids) AND p.status = 'PUBLISHED'
				""")
			.param("ids", shown.stream().map(Ranked::postId).toList())
			.query(Rows.of(Row.class))
			.list()
			.stream()
			.collect(Collectors.toMap(Row::postId, Function.identity()));
		var hits = shown.stream().filter(rank -> rows.containsKey(rank.postId())).map(rank -> {
			var row = rows.get(rank.postId());
			return new SearchHit(row.postId(), row.slug(), row.title(), row.authorName(), row.publishedAt(),
					rank.score(), Excerpt.around(row.bodyText(), query.words()));
		}).toList();
		return new SearchResults(query, page, hits, ranked.size() > from + PAGE_SIZE && page < MAX_PAGES);
	}

	/**
	 * The best matches of a query, by score, then newest first. InnoDB reads the whole
	 * posting list of each word whatever the LIMIT, so a word in a quarter of a million
	 * posts costs most of a second: hence the near cache in {@link #rankings}.
	 */
	private List<Ranked> ranking(String against) {
		return jdbc.sql("""
				SELECT post_id, published_at, score
				FROM (SELECT post_id, published_at, %s AS score FROM post_search WHERE %s
				      ORDER BY score DESC LIMIT ?) best
				ORDER BY score DESC, published_at DESC, post_id DESC
				""".formatted(MATCH, MATCH))
			.params(against, against, MAX_PAGES * PAGE_SIZE)
			.query(Rows.of(Ranked.class))
			.list();
	}

	/** A post's place in a ranking. */
	record Ranked(long postId, Instant publishedAt, double score) {
	}

}
