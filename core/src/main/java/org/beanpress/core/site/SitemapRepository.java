package org.beanpress.core.site;

import java.util.List;
import java.util.function.Consumer;

import org.beanpress.core.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the sitemaps list, read in chunks: a child sitemap of 50,000 URLs never holds more
 * than one chunk of rows in memory.
 */
@Repository
public class SitemapRepository {

	private static final int CHUNK = 1000;

	private final JdbcClient jdbc;

	public SitemapRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long count(SitemapSection section) {
		return jdbc.sql("SELECT COUNT(*) " + section.from).query(Long.class).single();
	}

	/**
	 * Hands the entries from the {@code skip}-th (by id) on, at most {@code limit} of
	 * them, in id order. One seek finds the first id; the rest is keyset paging over ids.
	 */
	public void forEach(SitemapSection section, long skip, int limit, Consumer<SitemapEntry> action) {
		forEach(section, skip, limit, CHUNK, action);
	}

	void forEach(SitemapSection section, long skip, int limit, int chunkSize, Consumer<SitemapEntry> action) {
		var first = jdbc
			.sql("SELECT " + section.id + " " + section.from + " ORDER BY " + section.id + " LIMIT 1 OFFSET ?")
			.param(skip)
			.query(Long.class)
			.optional();
		if (first.isEmpty()) {
			return;
		}
		var from = first.get();
		var left = limit;
		while (left > 0) {
			List<SitemapEntry> chunk = jdbc
				.sql(section.select + section.from + " AND " + section.id + " >= ? ORDER BY " + section.id + " LIMIT ?")
				.params(from, Math.min(chunkSize, left))
				.query(Rows.of(SitemapEntry.class))
				.list();
			chunk.forEach(action);
			if (chunk.size() < Math.min(chunkSize, left)) {
				return;
			}
			left -= chunk.size();
			from = chunk.get(chunk.size() - 1).id() + 1;
		}
	}

}
