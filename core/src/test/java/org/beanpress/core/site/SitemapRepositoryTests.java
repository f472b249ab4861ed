package org.beanpress.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/** What the sitemaps list, against MariaDB with the Flyway schema. */
@NeedsServices
@SpringBootTest
@ContextConfiguration(initializers = EmbeddedServices.class)
class SitemapRepositoryTests {

	@Autowired
	SitemapRepository sitemaps;

	@Autowired
	PostRepository posts;

	@Autowired
	TermRepository terms;

	@Autowired
	UserRepository users;

	@Autowired
	JdbcClient jdbc;

	User author;

	@BeforeEach
	void author() {
		author = users.create("mapped-" + System.nanoTime(), "$2a$10$hash", Role.AUTHOR);
	}

	@Test
	void shouldPageThroughPublishedPostsInIdOrderAcrossChunks() {
		var before = sitemaps.count(SitemapSection.POSTS);
		var slugs = new ArrayList<String>();
		for (int i = 0; i < 5; i++) {
			slugs.add(post("chunked-" + i, PostStatus.PUBLISHED));
			post("draft-" + i, PostStatus.DRAFT);
		}

		var all = names(SitemapSection.POSTS, before, 10, 2);
		var secondPage = names(SitemapSection.POSTS, before + 2, 2, 2);

		assertThat(sitemaps.count(SitemapSection.POSTS)).isEqualTo(before + 5);
		assertThat(all).containsExactlyElementsOf(slugs);
		assertThat(secondPage).containsExactly(slugs.get(2), slugs.get(3));
		assertThat(names(SitemapSection.POSTS, before + 5, 10, 2)).isEmpty();
	}

	@Test
	void shouldGiveEachPostItsUpdateTimeAsLastModification() {
		var before = sitemaps.count(SitemapSection.POSTS);
		var slug = post("dated", PostStatus.PUBLISHED);
		var updated = posts.findBySlug(slug).orElseThrow().updatedAt();

		var entries = entries(SitemapSection.POSTS, before, 1);

		assertThat(entries).singleElement().satisfies(entry -> {
			assertThat(entry.name()).isEqualTo(slug);
			assertThat(entry.lastModified()).isEqualTo(updated);
		});
	}

	@Test
	void shouldListOnlyTermsAndAuthorsWithPublishedPostsDatedByTheirNewestPost() {
		var tagsBefore = sitemaps.count(SitemapSection.TAGS);
		var authorsBefore = sitemaps.count(SitemapSection.AUTHORS);
		var used = terms.insert(TermKind.TAG, "used-" + System.nanoTime(), "Used", null);
		var draftOnly = terms.insert(TermKind.TAG, "draft-only-" + System.nanoTime(), "Draft only", null);
		terms.insert(TermKind.TAG, "unused-" + System.nanoTime(), "Unused", null);
		var older = posts.findBySlug(post("older", PostStatus.PUBLISHED)).orElseThrow();
		var newest = posts.findBySlug(post("newest", PostStatus.PUBLISHED)).orElseThrow();
		var draft = posts.findBySlug(post("unpublished", PostStatus.DRAFT)).orElseThrow();
		terms.assign(older.id(), List.of(used));
		terms.assign(newest.id(), List.of(used));
		terms.assign(draft.id(), List.of(draftOnly));
		users.create("silent-" + System.nanoTime(), "$2a$10$hash", Role.AUTHOR);

		assertThat(sitemaps.count(SitemapSection.TAGS)).isEqualTo(tagsBefore + 1);
		assertThat(entries(SitemapSection.TAGS, tagsBefore, 10)).singleElement().satisfies(entry -> {
			assertThat(entry.name()).isEqualTo(used.slug());
			assertThat(entry.lastModified()).isEqualTo(newest.updatedAt());
		});
		assertThat(sitemaps.count(SitemapSection.AUTHORS)).isEqualTo(authorsBefore + 1);
		assertThat(entries(SitemapSection.AUTHORS, authorsBefore, 10)).singleElement().satisfies(entry -> {
			assertThat(entry.name()).isEqualTo(author.username());
			assertThat(entry.lastModified()).isEqualTo(newest.updatedAt());
		});
	}

	private List<String> names(SitemapSection section, long skip, int limit, int chunk) {
		var names = new ArrayList<String>();
		sitemaps.forEach(section, skip, limit, chunk, entry -> names.add(entry.name()));
		return names;
	}

	private List<SitemapEntry> entries(SitemapSection section, long skip, int limit) {
		var entries = new ArrayList<SitemapEntry>();
		sitemaps.forEach(section, skip, limit, entries::add);
		return entries;
	}

	private String post(String title, PostStatus status) {
		var slug = title + "-" + System.nanoTime();
		posts.insert(slug, author.id(), new PostContent(title, "x", "<p>x</p>", "x", status));
		return slug;
	}

}
