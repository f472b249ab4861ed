package org.beanpress.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.beanpress.core.post.Post;
import org.beanpress.core.post.PostContent;
import org.beanpress.core.post.PostCursor;
import org.beanpress.core.post.PostRepository;
import org.beanpress.core.post.PostStatus;
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

/** Categories, tags and their archives against MariaDB with the Flyway schema. */
@NeedsServices
@SpringBootTest
@ContextConfiguration(initializers = EmbeddedServices.class)
class TermRepositoryTests {

	@Autowired
	TermRepository terms;

	@Autowired
	PostRepository posts;

	@Autowired
	UserRepository users;

	@Autowired
	JdbcClient jdbc;

	User author;

	@BeforeEach
	void author() {
		author = users.create("terms-" + System.nanoTime(), "$2a$10$hash", Role.AUTHOR);
	}

	@Test
	void shouldHaveTheDefaultCategoryFromTheMigration() {
		assertThat(terms.findBySlug(TermKind.CATEGORY, Term.DEFAULT_CATEGORY)).map(Term::name)
			.contains("Uncategorized");
	}

	@Test
	void shouldKeepSlugsUniqueWithinAKindOnly() {
		var slug = "travel-" + System.nanoTime();
		terms.insert(TermKind.CATEGORY, slug, "Travel", null);
		terms.insert(TermKind.TAG, slug, "travel", null);

		assertThatThrownBy(() -> terms.insert(TermKind.TAG, slug, "Travel again", null))
			.isInstanceOf(DuplicateKeyException.class);
	}

	@Test
	void shouldPageThroughATermsPublishedPostsNewestFirstSeeingEachOnce() {
		var tag = terms.insert(TermKind.TAG, "paged-" + System.nanoTime(), "paged", null);
		var other = terms.insert(TermKind.TAG, "other-" + System.nanoTime(), "other", null);
		var expected = new ArrayList<Long>();
		for (int i = 0; i < 23; i++) {
			var status = i % 5 == 0 ? PostStatus.DRAFT : PostStatus.PUBLISHED;
			var id = posts.insert("paged-" + System.nanoTime(), author.id(), content("Post " + i, status));
			terms.assign(id, List.of(i % 7 == 0 ? other : tag));
			if (status == PostStatus.PUBLISHED && i % 7 != 0) {
				expected.add(0, id);
			}
		}

		var seen = new ArrayList<Long>();
		Optional<PostCursor> cursor = Optional.empty();
		do {
			var page = posts.findPublishedWithTerm(tag.id(), cursor, 4);
			page.posts().forEach(post -> seen.add(post.id()));
			cursor = page.next();
		}
		while (cursor.isPresent());

		assertThat(seen).containsExactlyElementsOf(expected);
	}

	@Test
	void shouldFollowThePostsPublicationInTheArchive() {
		var category = terms.insert(TermKind.CATEGORY, "follow-" + System.nanoTime(), "Follow", null);
		var id = posts.insert("follow-" + System.nanoTime(), author.id(), content("Draft", PostStatus.DRAFT));
		terms.assign(id, List.of(category));
		assertThat(posts.findPublishedWithTerm(category.id(), Optional.empty(), 10).posts()).isEmpty();

		posts.update(id, 0, content("Published", PostStatus.PUBLISHED));
		assertThat(posts.findPublishedWithTerm(category.id(), Optional.empty(), 10).posts()).extracting(Post::title)
			.containsExactly("Published");

		posts.update(id, 1, content("Back to draft", PostStatus.DRAFT));
		assertThat(posts.findPublishedWithTerm(category.id(), Optional.empty(), 10).posts()).isEmpty();
	}

	@Test
	void shouldListAnAuthorsPublishedPostsOnly() {
		var published = posts.insert("mine-" + System.nanoTime(), author.id(), content("Mine", PostStatus.PUBLISHED));
		posts.insert("draft-" + System.nanoTime(), author.id(), content("Draft", PostStatus.DRAFT));

		var page = posts.findPublishedByAuthor(author.id(), Optional.empty(), 10);

		assertThat(page.posts()).extracting(Post::id).containsExactly(published);
		assertThat(page.next()).isEmpty();
	}

	@Test
	void shouldReadTheTermsOfSeveralPostsAtOnce() {
		var category = terms.insert(TermKind.CATEGORY, "several-" + System.nanoTime(), "Several", null);
		var tag = terms.insert(TermKind.TAG, "several-" + System.nanoTime(), "several", null);
		var first = posts.insert("first-" + System.nanoTime(), author.id(), content("1", PostStatus.DRAFT));
		var second = posts.insert("second-" + System.nanoTime(), author.id(), content("2", PostStatus.DRAFT));
		terms.assign(first, List.of(category, tag));
		terms.assign(second, List.of(category));

		var byPost = terms.findByPosts(List.of(first, second));

		assertThat(byPost.get(first)).extracting(Term::kind).containsExactly(TermKind.CATEGORY, TermKind.TAG);
		assertThat(byPost.get(second)).containsExactly(category);
		assertThat(terms.findBySlugs(TermKind.TAG, List.of(tag.slug(), "missing"))).containsExactly(tag);
	}

	@Test
	void shouldGiveBackItsConnectionAfterReadingTheTermsOfSeveralPosts() {
		var tag = terms.insert(TermKind.TAG, "pooled-" + System.nanoTime(), "pooled", null);
		var id = posts.insert("pooled-" + System.nanoTime(), author.id(), content("Pooled", PostStatus.DRAFT));
		terms.assign(id, List.of(tag));

		// more reads than the pool has connections, outside any transaction
		for (int i = 0; i < 25; i++) {
			assertThat(terms.findByPosts(List.of(id)).get(id)).containsExactly(tag);
		}
	}

	@Test
	void shouldListAPostOfASubcategoryInItsParentsArchiveButShowOnlyTheSubcategory() {
		var coffee = terms.insert(TermKind.CATEGORY, "coffee-" + System.nanoTime(), "Coffee", null);
		var espresso = terms.insert(TermKind.CATEGORY, "espresso-" + System.nanoTime(), "Espresso", coffee.id());
		var tag = terms.insert(TermKind.TAG, "crema-" + System.nanoTime(), "crema", null);
		var id = posts.insert("shot-" + System.nanoTime(), author.id(), content("Shot", PostStatus.PUBLISHED));

		terms.assign(id, List.of(espresso, tag));

		assertThat(posts.findPublishedWithTerm(coffee.id(), Optional.empty(), 10).posts()).extracting(Post::id)
			.containsExactly(id);
		assertThat(posts.findPublishedWithTerm(espresso.id(), Optional.empty(), 10).posts()).extracting(Post::id)
			.containsExactly(id);
		var shown = terms.findPostTerms(id);
		assertThat(shown.categories()).containsExactly(espresso);
		assertThat(shown.tags()).containsExactly(tag);
	}

	@Test
	void shouldTakeAPostOutOfTheArchivesItNoLongerHas() {
		var before = terms.insert(TermKind.TAG, "before-" + System.nanoTime(), "before", null);
		var after = terms.insert(TermKind.TAG, "after-" + System.nanoTime(), "after", null);
		var id = posts.insert("moved-" + System.nanoTime(), author.id(), content("Moved", PostStatus.PUBLISHED));
		terms.assign(id, List.of(before));

		terms.assign(id, List.of(after));

		assertThat(posts.findPublishedWithTerm(before.id(), Optional.empty(), 10).posts()).isEmpty();
		assertThat(posts.findPublishedWithTerm(after.id(), Optional.empty(), 10).posts()).extracting(Post::id)
			.containsExactly(id);
	}

	private static PostContent content(String title, PostStatus status) {
		return new PostContent(title, title, "<p>" + title + "</p>", title, status);
	}

}
