package org.beanpress.core.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Optional;

import org.beanpress.core.user.Role;
import org.beanpress.core.user.User;
import org.beanpress.core.user.UserRepository;
import org.beanpress.local.EmbeddedServices;
import org.beanpress.local.NeedsServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * The post repository against MariaDB over the MySQL protocol, with the Flyway schema.
 */
@NeedsServices
@SpringBootTest
@ContextConfiguration(initializers = EmbeddedServices.class)
class PostRepositoryTests {

	@Autowired
	PostRepository posts;

	@Autowired
	UserRepository users;

	@Autowired
	JdbcClient jdbc;

	User author;

	@BeforeEach
	void author() {
		jdbc.sql("DELETE FROM posts").update();
		author = users.create("repo-" + System.nanoTime(), "$2a$10$hash", Role.AUTHOR);
	}

	@Test
	void shouldPageThroughPublishedPostsNewestFirstSeeingEachOnce() {
		for (int i = 0; i < 25; i++) {
			posts.insert("keyset-" + i, author.id(), content("Post " + i, PostStatus.PUBLISHED));
		}
		posts.insert("keyset-draft", author.id(), content("Draft", PostStatus.DRAFT));

		var seen = new ArrayList<String>();
		Optional<PostCursor> cursor = Optional.empty();
		do {
			var page = posts.findPublished(cursor, 10);
			page.posts().forEach(post -> seen.add(post.slug()));
			cursor = page.next();
		}
		while (cursor.isPresent());

		assertThat(seen).hasSize(25).doesNotHaveDuplicates().doesNotContain("keyset-draft");
		assertThat(seen.get(0)).isEqualTo("keyset-24");
		assertThat(seen.get(24)).isEqualTo("keyset-0");
	}

	@Test
	void shouldContinueAfterACursorThroughItsEncodedForm() {
		for (int i = 0; i < 3; i++) {
			posts.insert("cursor-" + i, author.id(), content("Post " + i, PostStatus.PUBLISHED));
		}
		var first = posts.findPublished(Optional.empty(), 2);

		var token = first.next().orElseThrow().encode();
		var second = posts.findPublished(PostCursor.decode(token), 2);

		assertThat(second.posts()).extracting(Post::slug).containsExactly("cursor-0");
		assertThat(second.next()).isEmpty();
	}

	@Test
	void shouldUseTheIndexForTheFrontPageInsteadOfScanningWithOffset() {
		for (int i = 0; i < 200; i++) {
			posts.insert("plan-" + i, author.id(),
					content("Post " + i, i % 4 == 0 ? PostStatus.DRAFT : PostStatus.PUBLISHED));
		}
		jdbc.sql("ANALYZE TABLE posts").query((rs, row) -> row).list();

		var plan = jdbc
			.sql("EXPLAIN SELECT id FROM posts WHERE status = 'PUBLISHED' AND (published_at < NOW(6) OR"
					+ " (published_at = NOW(6) AND id < 5)) ORDER BY published_at DESC, id DESC LIMIT 11")
			.query((rs, row) -> rs.getString("key"))
			.list();

		assertThat(plan).containsExactly("ix_posts_published");
	}

	@Test
	void shouldRefuseATakenSlug() {
		posts.insert("taken", author.id(), content("One", PostStatus.DRAFT));

		assertThatThrownBy(() -> posts.insert("taken", author.id(), content("Two", PostStatus.DRAFT)))
			.isInstanceOf(DuplicateKeyException.class);
		assertThat(posts.findSlugsLike("taken")).containsExactly("taken");
	}

	@Test
	void shouldFindSlugsWithSuffixesButNotLookalikes() {
		posts.insert("hello", author.id(), content("a", PostStatus.DRAFT));
		posts.insert("hello-2", author.id(), content("b", PostStatus.DRAFT));
		posts.insert("hellop", author.id(), content("c", PostStatus.DRAFT));

		assertThat(posts.findSlugsLike("hello")).containsExactlyInAnyOrder("hello", "hello-2");
	}

	@Test
	void shouldUpdateOnlyAtTheExpectedVersionAndKeepTheFirstPublicationTime() {
		var id = posts.insert("versioned", author.id(), content("v0", PostStatus.PUBLISHED));
		var published = posts.findById(id).orElseThrow().publishedAt();

		assertThat(posts.update(id, 0, content("v1", PostStatus.PUBLISHED))).isTrue();
		assertThat(posts.update(id, 0, content("stale", PostStatus.PUBLISHED))).isFalse();

		var post = posts.findById(id).orElseThrow();
		assertThat(post.title()).isEqualTo("v1");
		assertThat(post.version()).isEqualTo(1);
		assertThat(post.publishedAt()).isEqualTo(published);
		assertThat(post.authorName()).isEqualTo(author.username());
	}

	@Test
	void shouldPublishADueScheduledPostOnceAtItsScheduledTime() {
		var at = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MICROS);
		var id = posts.insert("scheduled", author.id(), scheduled("Later", at));

		assertThat(posts.findDue(at.minusSeconds(1), 10)).isEmpty();
		assertThat(posts.publishIfDue(id, at.minusSeconds(1))).as("not due yet").isFalse();
		assertThat(posts.findPublished(Optional.empty(), 10).posts()).isEmpty();

		assertThat(posts.findDue(at, 10)).extracting(Post::id).containsExactly(id);
		assertThat(posts.publishIfDue(id, at.plusSeconds(30))).isTrue();
		assertThat(posts.publishIfDue(id, at.plusSeconds(31))).as("a second run finds it published").isFalse();

		var post = posts.findById(id).orElseThrow();
		assertThat(post.status()).isEqualTo(PostStatus.PUBLISHED);
		assertThat(post.publishedAt()).isEqualTo(at);
		assertThat(post.publishAt()).isNull();
		assertThat(post.version()).isEqualTo(1);
		assertThat(posts.findPublished(Optional.empty(), 10).posts()).extracting(Post::id).containsExactly(id);
	}

	@Test
	void shouldNotPublishAPostItsAuthorTurnedBackIntoADraft() {
		var at = Instant.now().plus(Duration.ofHours(1));
		var id = posts.insert("unscheduled", author.id(), scheduled("Later", at));
		var due = posts.findDue(at, 10);

		assertThat(posts.update(id, 0, content("Not yet", PostStatus.DRAFT))).isTrue();

		assertThat(due).hasSize(1);
		assertThat(posts.publishIfDue(id, at)).isFalse();
		var post = posts.findById(id).orElseThrow();
		assertThat(post.status()).isEqualTo(PostStatus.DRAFT);
		assertThat(post.publishAt()).as("a schedule only holds for SCHEDULED").isNull();
	}

	private static PostContent scheduled(String title, Instant at) {
		return new PostContent(title, "md", "<p>md</p>", "md", PostStatus.SCHEDULED, at);
	}

	private static PostContent content(String title, PostStatus status) {
		return new PostContent(title, "md", "<p>md</p>", "md", status);
	}

}
