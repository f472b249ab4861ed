package org.beanpress.core.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.beanpress.core.post.PostRepository.Query;
import org.beanpress.core.taxonomy.Term;
import org.beanpress.core.taxonomy.TermKind;
import org.beanpress.core.taxonomy.TermRepository;
import org.beanpress.core.user.Role;
import org.beanpress.core.user.User;
import org.beanpress.core.user.UserRepository;
import org.beanpress.local.EmbeddedServices;
import org.beanpress.local.NeedsServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * The archive queries cost the same for a term or author with 1,000 published posts as
 * for one with 10,000: MariaDB's plan reads one range of the intended index newest first
 * (no filesort over the term's or author's posts, no OFFSET), and the rows the storage
 * engine hands over, counted by the session's Handler_read counters, do not grow with the
 * size. The only sort allowed is the one of the derived page of a term query, which holds
 * at most pageSize + 1 rows.
 */
@NeedsServices
@SpringBootTest
@ContextConfiguration(initializers = EmbeddedServices.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchiveQueryPlanTests {

	static final int SMALL = 1_000;

	static final int LARGE = 10_000;

	static final int PAGE_SIZE = 10;

	/**
	 * 0..99999 without a recursive CTE (MySQL stops those at 1000 levels by default).
	 */
	static final String NUMBERS = "(SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d AS n FROM "
			+ IntStream.range(0, 5)
				.mapToObj(i -> "(SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL"
						+ " SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8"
						+ " UNION ALL SELECT 9) " + "abcef".charAt(i))
				.collect(Collectors.joining(" CROSS JOIN "))
			+ ") numbers";

	@Autowired
	UserRepository users;

	@Autowired
	TermRepository terms;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate jdbcTemplate;

	Archive small;

	Archive large;

	/** An author and a tag with the same published posts, plus drafts to skip. */
	record Archive(User author, Term tag) {
	}

	@BeforeAll
	void fill() {
		small = fill("plan-small", SMALL);
		large = fill("plan-large", LARGE);
		jdbc.sql("ANALYZE TABLE posts, post_terms").query().listOfRows();
	}

	private Archive fill(String name, int published) {
		var author = users.create(name + "-" + System.nanoTime(), "$2a$10$hash", Role.AUTHOR);
		var tag = terms.insert(TermKind.TAG, name + "-" + System.nanoTime(), name, null);
		var start = Instant.parse("2020-01-01T00:00:00Z");
		// every tenth post a draft: the archive index holds them (without published_at)
		jdbc.sql("""
				INSERT INTO posts (slug, title, markdown, html, excerpt, status, author_id, created_at, updated_at,
				                   published_at, version)
				SELECT CONCAT(?, '-', n), CONCAT('Post ', n), 'x', '<p>x</p>', 'x',
				       CASE WHEN MOD(n, 10) = 9 THEN 'DRAFT' ELSE 'PUBLISHED' END, ?, ?, ?,
				       CASE WHEN MOD(n, 10) = 9 THEN NULL ELSE TIMESTAMPADD(SECOND, n, ?) END, 0
				FROM %s WHERE n < ?
				""".formatted(NUMBERS))
			.params(author.username(), author.id(), start, start, start, published * 10 / 9)
			.update();
		jdbc.sql("INSERT INTO post_terms (post_id, term_id, published_at) SELECT id, ?, published_at FROM posts"
				+ " WHERE author_id = ?")
			.params(tag.id(), author.id())
			.update();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM post_terms WHERE term_id = ? AND published_at IS NOT NULL")
			.param(tag.id())
			.query(Integer.class)
			.single()).isEqualTo(published);
		return new Archive(author, tag);
	}

	@AfterAll
	void empty() {
		for (var archive : new Archive[] { small, large }) {
			if (archive != null) {
				jdbc.sql("DELETE FROM posts WHERE author_id = ?").param(archive.author().id()).update();
				jdbc.sql("DELETE FROM terms WHERE id = ?").param(archive.tag().id()).update();
				jdbc.sql("DELETE FROM users WHERE id = ?").param(archive.author().id()).update();
			}
		}
	}

	@Test
	void shouldReadATermsFirstPageFromOneRangeOfTheArchiveIndex() {
		assertReadsTheIndexInOrder(PostRepository.termPage(large.tag().id(), Optional.empty(), PAGE_SIZE), "pt",
				"ix_post_terms_archive");
	}

	@Test
	void shouldReadATermsPageAfterACursorFromOneRangeOfTheArchiveIndex() {
		assertReadsTheIndexInOrder(PostRepository.termPage(large.tag().id(), middle(large), PAGE_SIZE), "pt",
				"ix_post_terms_archive");
	}

	@Test
	void shouldReadAnAuthorsFirstPageFromOneRangeOfTheAuthorIndex() {
		assertReadsTheIndexInOrder(PostRepository.authorPage(large.author().id(), Optional.empty(), PAGE_SIZE), "p",
				"ix_posts_author_published");
	}

	@Test
	void shouldReadAnAuthorsPageAfterACursorFromOneRangeOfTheAuthorIndex() {
		assertReadsTheIndexInOrder(PostRepository.authorPage(large.author().id(), middle(large), PAGE_SIZE), "p",
				"ix_posts_author_published");
	}

	@Test
	void shouldReadAsManyRowsForATermOfTenThousandPostsAsForOneOfAThousand() {
		assertThat(rowsRead(PostRepository.termPage(large.tag().id(), Optional.empty(), PAGE_SIZE)))
			.isEqualTo(rowsRead(PostRepository.termPage(small.tag().id(), Optional.empty(), PAGE_SIZE)));
		assertThat(rowsRead(PostRepository.termPage(large.tag().id(), middle(large), PAGE_SIZE)))
			.isEqualTo(rowsRead(PostRepository.termPage(small.tag().id(), middle(small), PAGE_SIZE)));
	}

	@Test
	void shouldReadAsManyRowsForAnAuthorOfTenThousandPostsAsForOneOfAThousand() {
		assertThat(rowsRead(PostRepository.authorPage(large.author().id(), Optional.empty(), PAGE_SIZE)))
			.isEqualTo(rowsRead(PostRepository.authorPage(small.author().id(), Optional.empty(), PAGE_SIZE)));
		assertThat(rowsRead(PostRepository.authorPage(large.author().id(), middle(large), PAGE_SIZE)))
			.isEqualTo(rowsRead(PostRepository.authorPage(small.author().id(), middle(small), PAGE_SIZE)));
	}

	private void assertReadsTheIndexInOrder(Query query, String table, String index) {
		var plan = jdbc.sql("EXPLAIN " + query.sql()).params(query.params()).query().listOfRows();
		var scan = plan.stream().filter(row -> table.equals(row.get("table"))).findFirst().orElseThrow();
		assertThat(scan.get("key")).as("%s", plan).isEqualTo(index);
		assertThat(String.valueOf(scan.get("Extra"))).as("%s", plan).doesNotContain("filesort");
		for (var row : plan) {
			var name = String.valueOf(row.get("table"));
			if (!name.startsWith("<derived")) {
				assertThat(String.valueOf(row.get("Extra"))).as("%s", plan).doesNotContain("filesort");
				assertThat(row.get("type")).as("no table scan: %s", plan).isNotEqualTo("ALL");
			}
		}
		assertThat(query.sql()).doesNotContainIgnoringCase("OFFSET");
	}

	/** A cursor halfway down an archive, as a reader paging far back would hold. */
	private Optional<PostCursor> middle(Archive archive) {
		var row = jdbc.sql("""
				SELECT published_at, id FROM posts WHERE author_id = ? AND status = 'PUBLISHED'
				ORDER BY published_at DESC, id DESC LIMIT 1 OFFSET ?
				""").params(archive.author().id(), SMALL / 2).query().singleRow();
		var at = (java.time.LocalDateTime) row.get("published_at");
		return Optional
			.of(new PostCursor(at.toInstant(java.time.ZoneOffset.UTC), ((Number) row.get("id")).longValue()));
	}

	/**
	 * Rows handed over by the storage engine (the Handler_read counters of the session)
	 * while running the query and reading all its results.
	 */
	private Map<String, Long> rowsRead(Query query) {
		var counters = handlerReads(query);
		// a page's worth of index entries and row lookups, not the archive's size
		assertThat(counters.values().stream().mapToLong(Long::longValue).sum()).as("%s", counters)
			.isPositive()
			.isLessThanOrEqualTo(5 * (PAGE_SIZE + 1));
		return counters;
	}

	private Map<String, Long> handlerReads(Query query) {
		return jdbcTemplate.execute((ConnectionCallback<Map<String, Long>>) connection -> {
			try (var flush = connection.createStatement()) {
				flush.execute("FLUSH STATUS");
			}
			try (var statement = connection.prepareStatement(query.sql())) {
				new ArgumentPreparedStatementSetter(query.params().toArray()).setValues(statement);
				try (var rows = statement.executeQuery()) {
					var count = 0;
					while (rows.next()) {
						count++;
					}
					assertThat(count).isEqualTo(PAGE_SIZE + 1);
				}
			}
			try (var status = connection.createStatement();
					var rows = status.executeQuery("SHOW SESSION STATUS LIKE 'Handler_read%'")) {
				var counters = new TreeMap<String, Long>();
				while (rows.next()) {
					counters.put(rows.getString(1), rows.getLong(2));
				}
				return counters;
			}
		});
	}

}
