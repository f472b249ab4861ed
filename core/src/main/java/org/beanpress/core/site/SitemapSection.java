package org.beanpress.core.site;

import java.util.Optional;

/**
 * The kinds of page the sitemap lists, each in child sitemaps of its own
 * ({@code posts-1.xml}, {@code tags-1.xml}, ...): published posts, and the categories,
 * tags and authors that have at least one published post. An archive's last modification
 * is its newest post's.
 */
public enum SitemapSection {

	POSTS("posts", "p.id", "SELECT p.id, p.slug AS name, p.updated_at AS last_modified ",
			"FROM posts p WHERE p.status = 'PUBLISHED'"),

	CATEGORIES("categories", "t.id", terms(), "FROM terms t WHERE t.kind = 'CATEGORY'" + termHasPosts()),

	TAGS("tags", "t.id", terms(), "FROM terms t WHERE t.kind = 'TAG'" + termHasPosts()),

	AUTHORS("authors", "u.id", """
			SELECT u.id, u.username AS name,
			    (SELECT p.updated_at FROM posts p WHERE p.author_id = u.id AND p.status = 'PUBLISHED'
			     ORDER BY p.published_at DESC, p.id DESC LIMIT 1) AS last_modified
			""", """
			FROM users u
			WHERE EXISTS (SELECT 1 FROM posts p WHERE p.author_id = u.id AND p.status = 'PUBLISHED')""");

	/** Most URLs one sitemap may list (sitemaps.org). */
	public static final int URLS_PER_SITEMAP = 50_000;

	private final String prefix;

	final String id;

	final String select;

	final String from;

	SitemapSection(String prefix, String id, String select, String from) {
		this.prefix = prefix;
		this.id = id;
		this.select = select;
		this.from = from;
	}

	private static String terms() {
		// the newest post of the term: one step down the archive index
		return """
				SELECT t.id, t.slug AS name,
				    (SELECT p.updated_at FROM post_terms pt JOIN posts p ON p.id = pt.post_id
				     WHERE pt.term_id = t.id AND pt.published_at IS NOT NULL
				     ORDER BY pt.published_at DESC, pt.post_id DESC LIMIT 1) AS last_modified
				""";
	}

	private static String termHasPosts() {
		return " AND EXISTS (SELECT 1 FROM post_terms pt WHERE pt.term_id = t.id AND pt.published_at IS NOT NULL)";
	}

	/** The name of one of its child sitemaps, e.g. {@code posts-1}. */
	public String sitemapName(int page) {
		return this.prefix + "-" + page;
	}

	/** The section a child sitemap's prefix names, e.g. {@code posts}. */
	public static Optional<SitemapSection> ofPrefix(String prefix) {
		for (var section : values()) {
			if (section.prefix.equals(prefix)) {
				return Optional.of(section);
			}
		}
		return Optional.empty();
	}

}
