package org.beanpress.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.beanpress.core.cache.CacheKeys;
import org.beanpress.core.post.PostContent;
import org.beanpress.core.post.PostRepository;
import org.beanpress.core.post.PostStatus;
import org.beanpress.core.taxonomy.TermKind;
import org.beanpress.core.taxonomy.TermRepository;
import org.beanpress.core.user.Role;
import org.beanpress.core.user.User;
import org.beanpress.core.user.UserRepository;
import org.beanpress.local.EmbeddedServices;
import org.beanpress.local.NeedsServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/** Full-text search against MariaDB's InnoDB FULLTEXT index, with the Flyway schema. */
@NeedsServices
@SpringBootTest
@ContextConfiguration(initializers = EmbeddedServices.class)
class SearchIndexTests {

	@Autowired
	SearchIndex search;

	@Autowired
	PostRepository posts;

	@Autowired
	TermRepository terms;

	@Autowired
	UserRepository users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StringRedisTemplate redis;

	@Autowired
	SearchVersion searchVersion;

	@Autowired
	TransactionTemplate transactions;

	User author;

	String word;

	@BeforeEach
	void author() {
		author = users.create("search-" + System.nanoTime(), "$2a$10$hash", Role.AUTHOR);
		// a word no other test's posts have
		word = "zeb" + System.nanoTime();
	}

	@Test
	void shouldFindPublishedPostsByTitleBodyOrTagMostRelevantFirst() {
		var inTitle = publish("About " + word, "<p>Nothing else here.</p>");
		var inBody = publish("Plain title", "<p>Once " + word + " twice " + word + " thrice " + word + ".</p>");
		var tagged = publish("Another plain title", "<p>No word here.</p>");
		terms.assign(tagged, List.of(terms.insert(TermKind.TAG, word, word, null)));
		publish("Unrelated", "<p>Other words entirely.</p>");

		var ids = ids(search.search(SearchQuery.parse(word), 1));

		assertThat(ids).containsExactlyInAnyOrder(inTitle, inBody, tagged);
		assertThat(ids.get(0)).isEqualTo(inBody);
	}

	@Test
	void shouldRequireEveryWord() {
		var both = publish("Both", "<p>" + word + " and chestnut</p>");
		publish("One", "<p>" + word + " alone</p>");

		assertThat(ids(search.search(SearchQuery.parse(word + " chestnut"), 1))).containsExactly(both);
	}

	@Test
	void shouldNeverFindDraftsUnpublishedOrDeletedPosts() {
		posts.insert("draft-" + word, author.id(), content("Draft " + word, "<p>" + word + "</p>", PostStatus.DRAFT));
		var unpublished = publish("Soon a draft " + word, "<p>" + word + "</p>");
		var deleted = publish("Soon gone " + word, "<p>" + word + "</p>");
		var kept = publish("Stays " + word, "<p>" + word + "</p>");

		posts.update(unpublished, 0, content("Now a draft " + word, "<p>" + word + "</p>", PostStatus.DRAFT));
		posts.delete(deleted);

		assertThat(ids(search.search(SearchQuery.parse(word), 1))).containsExactly(kept);
	}

	@Test
	void shouldSearchTheEditedTextAndTagsNotTheOldOnes() {
		var old = "old" + word;
		var id = publish("Title", "<p>" + old + "</p>");
		var tag = terms.insert(TermKind.TAG, "t" + word, "tag" + word, null);
		terms.assign(id, List.of(tag));
		assertThat(ids(search.search(SearchQuery.parse("tag" + word), 1))).containsExactly(id);

		posts.update(id, 0, content("Title", "<p>" + word + "</p>", PostStatus.PUBLISHED));
		terms.assign(id, List.of());

		assertThat(ids(search.search(SearchQuery.parse(word), 1))).containsExactly(id);
		assertThat(search.search(SearchQuery.parse(old), 1).hits()).isEmpty();
		assertThat(search.search(SearchQuery.parse("tag" + word), 1).hits()).isEmpty();
	}

	@Test
	void shouldIndexTheTextReadersSeeNotTheMarkup() {
		var id = publish("Links",
				"<p><a href=\"https://example.com/" + word + "\">a link</a> caf&#233; &amp; more</p>");

		assertThat(search.search(SearchQuery.parse(word), 1).hits()).isEmpty();
		var hit = search.search(SearchQuery.parse("café link"), 1)
			.hits()
			.stream()
			.filter(found -> found.postId() == id)
			.findFirst();
		assertThat(hit).map(SearchHit::excerpt)
			.map(Excerpt::html)
			.contains("a <mark>link</mark> <mark>café</mark> &amp; more");
	}

	@Test
	void shouldPageNewestFirstAmongEquallyRelevantPostsAndStopAtTheLastPage() {
		var expected = new ArrayList<Long>();
		for (int i = 0; i < 23; i++) {
			expected.add(0, publish("Same " + i, "<p>" + word + "</p>"));
		}

		var first = search.search(SearchQuery.parse(word), 1);
		var second = search.search(SearchQuery.parse(word), 2);
		var third = search.search(SearchQuery.parse(word), 3);

		assertThat(first.hasNext()).isTrue();
		assertThat(second.hasNext()).isTrue();
		assertThat(third.hasNext()).isFalse();
		var all = new ArrayList<Long>(ids(first));
		all.addAll(ids(second));
		all.addAll(ids(third));
		assertThat(all).containsExactlyElementsOf(expected);
	}

	@Test
	void shouldStopAtTheLastAllowedPage() {
		for (int i = 0; i < SearchIndex.MAX_PAGES * SearchIndex.PAGE_SIZE + 1; i++) {
			publish("Many " + i, "<p>" + word + "</p>");
		}

		var last = search.search(SearchQuery.parse(word), SearchIndex.MAX_PAGES);

		assertThat(last.hits()).hasSize(SearchIndex.PAGE_SIZE);
		assertThat(last.hasNext()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "+", "-", "\"", "*", "@", "(", ")", "<", ">", "~", "'", "+-*", "\"unbalanced", "a*",
			"@2 distance", "(nested (groups", "-zebra +", "word\\", "'; DROP TABLE posts; --", "x", "the", "", " ",
			"ünïcödé ✓ 😀 日本語" })
	void shouldAnswerAnyTypedTextWithoutAnError(String typed) {
		publish("Bait", "<p>zebra distance nested groups unbalanced word drop table posts</p>");

		assertThatNoException().isThrownBy(() -> search.search(SearchQuery.parse(typed), 1));
		assertThatNoException().isThrownBy(() -> search.search(SearchQuery.parse(typed.repeat(500)), 1));
	}

	@Test
	void shouldFindTheWordsBetweenOperators() {
		var id = publish("Operators", "<p>" + word + " and marmalade</p>");

		assertThat(ids(search.search(SearchQuery.parse("+" + word + "* -\"marmalade\" @8 (~<>)"), 1)))
			.containsExactly(id);
	}

	@Test
	void shouldAnswerOneLetterAndStopwordOnlyQueriesWithNothingAndAMessage() {
		publish("The a I", "<p>the a i x</p>");

		for (var typed : List.of("x", "the", "a i", "of the")) {
			var results = search.search(SearchQuery.parse(typed), 1);
			assertThat(results.hits()).as(typed).isEmpty();
			assertThat(results.query().message()).as(typed).isPresent();
		}
	}

	@Test
	void shouldReuseARankingUntilTheIndexChangesOnAnyInstance() {
		var behind = posts.insert("behind-" + word, author.id(),
				content("Behind " + word, "<p>" + word + "</p>", PostStatus.DRAFT));
		var first = publish("First " + word, "<p>" + word + "</p>");
		assertThat(ids(search.search(SearchQuery.parse(word), 1))).containsExactly(first);
		// a row written behind the index's back is not seen while the ranking lives...
		jdbc.sql("UPDATE posts SET status = 'PUBLISHED', published_at = created_at WHERE id = ?")
			.param(behind)
			.update();
		jdbc.sql("""
				INSERT INTO post_search (post_id, published_at, title, body_text, tags)
				SELECT id, published_at, title, ?, '' FROM posts WHERE id = ?
				""").params(word, behind).update();
		assertThat(ids(search.search(SearchQuery.parse(word), 1))).containsExactly(first);

		// ...until another instance's change raises the shared version, as its commit
		// does
		redis.opsForValue().increment(CacheKeys.searchVersion());
		assertThat(ids(search.search(SearchQuery.parse(word), 1))).containsExactlyInAnyOrder(first, behind);

		// and a change made here drops it at once too
		var third = publish("Third " + word, "<p>" + word + "</p>");
		assertThat(ids(search.search(SearchQuery.parse(word), 1))).containsExactlyInAnyOrder(first, behind, third);
	}

	@Test
	void shouldKeepEveryRankingWhenOnlyADraftIsSaved() {
		var version = searchVersion.current();

		posts.insert("draft-" + word, author.id(), content("Draft " + word, "<p>" + word + "</p>", PostStatus.DRAFT));

		assertThat(searchVersion.current()).isEqualTo(version);
		publish("Published " + word, "<p>" + word + "</p>");
		assertThat(searchVersion.current()).isNotEqualTo(version);
	}

	@Test
	void shouldKeepTheRankingOfAChangeRolledBack() {
		var first = publish("Stays " + word, "<p>" + word + "</p>");
		var version = searchVersion.current();

		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			publish("Rolled back " + word, "<p>" + word + "</p>");
			throw new IllegalStateException("rolled back");
		})).hasMessage("rolled back");

		assertThat(searchVersion.current()).isEqualTo(version);
		assertThat(ids(search.search(SearchQuery.parse(word), 1))).containsExactly(first);
	}

	@Test
	void shouldLeaveOutAPostUnpublishedSinceItsRankingWasMade() {
		var unpublished = publish("Soon hidden " + word, "<p>" + word + "</p>");
		var kept = publish("Kept " + word, "<p>" + word + "</p>");
		assertThat(ids(search.search(SearchQuery.parse(word), 1))).containsExactlyInAnyOrder(unpublished, kept);

		// as another instance would: the ranking here still names the post
		jdbc.sql("UPDATE posts SET status = 'DRAFT', published_at = NULL WHERE id = ?").param(unpublished).update();

		assertThat(ids(search.search(SearchQuery.parse(word), 1))).containsExactly(kept);
	}

	private long publish(String title, String html) {
		return posts.insert("s-" + System.nanoTime(), author.id(), content(title, html, PostStatus.PUBLISHED));
	}

	private static PostContent content(String title, String html, PostStatus status) {
		return new PostContent(title, title, html, title, status);
	}

	private static List<Long> ids(SearchResults results) {
		return results.hits().stream().map(SearchHit::postId).toList();
	}

}
