package org.beanpress.core.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.beanpress.core.post.PostContent;
import org.beanpress.core.post.PostLink;
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
import org.springframework.test.context.ContextConfiguration;

/**
 * Alt text, captions, featured images and deleting media, against MariaDB with the Flyway
 * schema.
 */
@NeedsServices
@SpringBootTest
@ContextConfiguration(initializers = EmbeddedServices.class)
class MediaManagementRepositoryTests {

	@Autowired
	MediaRepository media;

	@Autowired
	PostRepository posts;

	@Autowired
	UserRepository users;

	User owner;

	@BeforeEach
	void owner() {
		owner = users.create("media-repo-" + System.nanoTime(), "$2a$10$hash", Role.AUTHOR);
	}

	@Test
	void shouldKeepAltTextAndCaptionUpToTheirLimits() {
		var item = pending();

		media.updateText(item.id(), "é".repeat(Media.MAX_ALT_TEXT), "ü".repeat(Media.MAX_CAPTION));

		var stored = media.findById(item.id()).orElseThrow();
		assertThat(stored.altText()).hasSize(Media.MAX_ALT_TEXT);
		assertThat(stored.caption()).hasSize(Media.MAX_CAPTION);
	}

	@Test
	void shouldDeleteTheRowWithItsVariantsAndClearItAsADraftsFeaturedImage() {
		var item = ready();
		var draft = post(PostStatus.DRAFT, "<p>x</p>");
		posts.setFeaturedMedia(draft, item.id());

		media.delete(item.id());

		assertThat(media.findById(item.id())).isEmpty();
		assertThat(media.findVariants(List.of(item.id()))).isEmpty();
		assertThat(posts.findById(draft).orElseThrow().featuredMediaId()).isNull();
	}

	@Test
	void shouldFindThePostsShowingMediaInTheirBodyOrAsTheirFeaturedImage() {
		var item = ready();
		var inBody = post(PostStatus.PUBLISHED, "<p><img src=\"" + item.originalKey().url() + "\" /></p>");
		posts.replaceImages(inBody, List.of(item.originalKey()));
		var featuring = post(PostStatus.PUBLISHED, "<p>x</p>");
		posts.setFeaturedMedia(featuring, item.id());
		var draft = post(PostStatus.DRAFT, "<p>x</p>");
		posts.setFeaturedMedia(draft, item.id());
		post(PostStatus.PUBLISHED, "<p>unrelated</p>");

		var using = posts.lockPostsUsing(item.id(), item.originalKey());

		assertThat(using).extracting(PostLink::id).containsExactlyInAnyOrder(inBody, featuring, draft);
		assertThat(using).filteredOn(PostLink::isPublished)
			.extracting(PostLink::id)
			.containsExactlyInAnyOrder(inBody, featuring);
		assertThat(posts.findPublishedFeaturing(item.originalKey())).extracting(post -> post.id())
			.containsExactly(featuring);
	}

	@Test
	void shouldTellWhetherARowStillUsesAFile() {
		var item = ready();
		var variant = media.findVariants(List.of(item.id())).get(0).storageKey();

		assertThat(media.isVariantInUse(variant)).isTrue();
		assertThat(media.lockByOriginalKey(item.originalKey())).containsExactly(item.id());
		media.delete(item.id());
		assertThat(media.isVariantInUse(variant)).isFalse();
		assertThat(media.lockByOriginalKey(item.originalKey())).isEmpty();
	}

	private Media pending() {
		var sha = Long.toHexString(System.nanoTime()).repeat(8).substring(0, 64);
		return media.insertPending(new NewMedia(owner.id(), MediaKey.original(owner.id(), sha, ImageType.JPEG), "x.jpg",
				new ImageInfo(ImageType.JPEG, 800, 600, 1), 1000, sha));
	}

	private Media ready() {
		var item = pending();
		var key = item.originalKey().variant("medium", "c".repeat(64), ImageType.JPEG);
		media.markReady(item.id(), List.of(new MediaVariant(item.id(), "medium", key, 300, 225, 100)));
		return media.findById(item.id()).orElseThrow();
	}

	private long post(PostStatus status, String html) {
		return posts.insert("media-repo-" + System.nanoTime(), owner.id(),
				new PostContent("T", "x", html, "x", status));
	}

}
