package org.beanpress.core.taxonomy;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.beanpress.core.Rows;
import org.beanpress.core.search.SearchIndex;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Categories and tags, and which posts have them. */
@Repository
public class TermRepository {

	private static final String SELECT = "SELECT id, kind, slug, name, parent_id FROM terms ";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SearchIndex search;

	public TermRepository(JdbcClient jdbc, Clock clock, SearchIndex search) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.search = search;
	}

	/** Inserts a term; a slug its kind has already raises DuplicateKeyException. */
	public Term insert(TermKind kind, String slug, String name, Long parentId) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO terms (kind, slug, name, parent_id, created_at) VALUES (?, ?, ?, ?, ?)")
			.params(kind.name(), slug, name, parentId, clock.instant())
			.update(keys);
		return new Term(keys.getKey().longValue(), kind, slug, name, parentId);
	}

	public Optional<Term> findBySlug(TermKind kind, String slug) {
		return jdbc.sql(SELECT + "WHERE kind = ? AND slug = ?")
			.params(kind.name(), slug)
			.query(Rows.of(Term.class))
			.optional();
	}

	/**
	 * A term as committed now, locked until the transaction ends: after a duplicate-key
	 * race, a plain read could still see the transaction's older snapshot without it.
	 */
	public Optional<Term> findBySlugLocked(TermKind kind, String slug) {
		return jdbc.sql(SELECT + "WHERE kind = ? AND slug = ? FOR UPDATE")
			.params(kind.name(), slug)
			.query(Rows.of(Term.class))
			.optional();
	}

	/** Terms of a kind by their slugs; slugs that do not exist are left out. */
	public List<Term> findBySlugs(TermKind kind, Collection<String> slugs) {
		if (slugs.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + "WHERE kind = :kind AND slug IN (:slugs)")
			.paramSource(new MapSqlParameterSource().addValue("kind", kind.name()).addValue("slugs", slugs))
			.query(Rows.of(Term.class))
			.list();
	}

	/** All terms of a kind by name, at most {@code limit}. */
	public List<Term> findAll(TermKind kind, int limit) {
		return jdbc.sql(SELECT + "WHERE kind = ? ORDER BY name, id LIMIT ?")
			.params(kind.name(), limit)
			.query(Rows.of(Term.class))
			.list();
	}

	/**
	 * The terms of one post, by kind and then name, the parents of its subcategories
	 * included.
	 */
	public List<Term> findByPost(long postId) {
		return findByPosts(List.of(postId)).getOrDefault(postId, List.of());
	}

	/** The categories and tags a post shows. */
	public PostTerms findPostTerms(long postId) {
		return PostTerms.of(findByPost(postId));
	}

	/** The terms of several posts at once (for lists), by post id. */
	public Map<Long, List<Term>> findByPosts(Collection<Long> postIds) {
		if (postIds.isEmpty()) {
			return Map.of();
		}
		record Row(long postId, long id, TermKind kind, String slug, String name, Long parentId) {
		}
		return jdbc.sql("""
				SELECT pt.post_id, t.id, t.kind, t.slug, t.name, t.parent_id
				FROM post_terms pt JOIN terms t ON t.id = pt.term_id
				WHERE pt.post_id IN (:ids) ORDER BY t.kind, t.name
				""")
			.param("ids", postIds)
			.query(Rows.of(Row.class))
			// list(), not stream(): a stream holds its connection until it is closed
			.list()
			.stream()
			.collect(Collectors.groupingBy(Row::postId,
					Collectors.mapping(row -> new Term(row.id(), row.kind(), row.slug(), row.name(), row.parentId()),
							Collectors.toList())));
	}

	/**
	 * Gives a post exactly these terms, and the parents of its subcategories: a post in
	 * "espresso" is listed in the archive of its parent "coffee" by the same single range
	 * of the archive index. The post's publication time is copied for that index. Runs in
	 * the caller's transaction, after the post row is written; re-indexes the post's tag
	 * names for search.
	 */
	public void assign(long postId, Collection<Term> terms) {
		jdbc.sql("DELETE FROM post_terms WHERE post_id = ?").param(postId).update();
		var ids = terms.stream()
			.flatMap(term -> Stream.of(term.id(), term.parentId()))
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		if (!ids.isEmpty()) {
			jdbc.sql("""
					INSERT INTO post_terms (post_id, term_id, published_at)
					SELECT p.id, t.id, p.published_at FROM posts p JOIN terms t ON t.id IN (:terms) WHERE p.id = :post
					""").param("terms", ids).param("post", postId).update();
		}
		search.refresh(postId);
	}

}
