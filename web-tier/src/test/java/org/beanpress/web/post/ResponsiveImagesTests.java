package org.beanpress.web.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.beanpress.core.cache.CacheKeys;
import org.beanpress.core.media.ImageInfo;
import org.beanpress.core.media.ImageType;
import org.beanpress.core.media.Media;
import org.beanpress.core.media.MediaKey;
import org.beanpress.core.media.MediaRepository;
import org.beanpress.core.media.MediaVariant;
import org.beanpress.core.media.NewMedia;
import org.beanpress.core.page.ResponsiveImages;
import org.beanpress.core.page.Viewer;
import org.beanpress.core.user.Role;
import org.beanpress.local.TestHttp;
import org.beanpress.web.TestAccounts;
import org.beanpress.web.TestAccounts.Account;
import org.beanpress.web.WebTierTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;

@WebTierTest
class ResponsiveImagesTests {

	@Value("${local.server.port}")
	int port;

	@Autowired
	MediaRepository media;

	@Autowired
	StringRedisTemplate redis;

	@Autowired
	ResponsiveImages images;

	TestHttp http;

	Account author;

	@BeforeEach
	void signUp() {
		http = new TestHttp("http://localhost:" + port);
		author = TestAccounts.signUp(http, "illustrator", Role.AUTHOR);
	}

	@Test
	void shouldGiveAReadyImageASrcsetOfItsVariants() {
		var item = media("a");
		var thumbnail = variant(item, "thumbnail", 150, 150);
		var medium = variant(item, "medium", 300, 200);
		var large = variant(item, "large", 1024, 683);
		var size1536 = variant(item, "1536x1536", 1536, 1024);
		media.markReady(item.id(), List.of(thumbnail, medium, large, size1536));
		var slug = publish("![photo](" + item.originalKey().url() + ")");

		var page = new TestHttp("http://localhost:" + port).get("/posts/" + slug).body();

		assertThat(page)
			.contains("srcset=\"" + medium.storageKey().url() + " 300w, " + large.storageKey().url() + " 1024w, "
					+ size1536.storageKey().url() + " 1536w\"")
			.contains("src=\"" + large.storageKey().url() + "\"")
			.contains("sizes=\"(max-width: 1024px) 100vw, 1024px\"", "width=\"1024\"", "height=\"683\"",
					"alt=\"photo\"")
			.doesNotContain(thumbnail.storageKey().url());
		assertThat(http.get("/api/posts/" + slug).json().get("html").asString()).contains("srcset=");
	}

	@Test
	void shouldShowAPlaceholderWhileTheImageIsProcessedAndCacheThatOnlyBriefly() {
		var item = media("b");
		var slug = publish("![photo](" + item.originalKey().url() + ")");

		var page = new TestHttp("http://localhost:" + port).get("/posts/" + slug);

		assertThat(page.body()).contains("Image being processed").doesNotContain("<img");
		assertThat(redis.getExpire(CacheKeys.post(slug))).isBetween(1L, 10L);
	}

	@Test
	void shouldShowTheFailureReasonToTheOwnerOnly() {
		var item = media("c");
		media.markFailed(item.id(), "The image data is corrupt or truncated");
		var slug = publish("![photo](" + item.originalKey().url() + ")");
		var owner = new TestHttp("http://localhost:" + port);
		owner.logIn(author.username(), author.password());

		assertThat(owner.get("/posts/" + slug).body()).contains("could not be processed: The image data is corrupt");
		assertThat(new TestHttp("http://localhost:" + port).get("/posts/" + slug).body()).doesNotContain("corrupt")
			.doesNotContain("<img");
	}

	@Test
	void shouldNeverShowAnOriginalWhateverStateAndVariantsAnImageHas() {
		var none = media("d");
		media.markReady(none.id(), List.of());
		var thumbnailOnly = media("e");
		var thumbnail = variant(thumbnailOnly, "thumbnail", 150, 150);
		media.markReady(thumbnailOnly.id(), List.of(thumbnail));
		var scaledOnly = media("f");
		var scaled = variant(scaledOnly, "scaled", 2560, 1707);
		media.markReady(scaledOnly.id(), List.of(scaled));
		var small = media("1");
		var full = variant(small, "full", 640, 480);
		media.markReady(small.id(), List.of(variant(small, "thumbnail", 150, 150), full));
		var unknown = MediaKey.original(author.id(), "2".repeat(64), ImageType.JPEG);
		var pending = media("3");
		var failed = media("4");
		media.markFailed(failed.id(), "corrupt");
		var safeHtml = body(none, thumbnailOnly, scaledOnly, small, pending, failed) + "<img src=\"" + unknown.url()
				+ "\" />";

		var html = images.render(safeHtml, Optional.of(new Viewer(author.id(), false))).html();

		assertThat(images.render(safeHtml, Optional.empty()).html()).doesNotContain("/media/originals/");
		assertThat(html).doesNotContain("/media/originals/")
			.contains("Image not available")
			.contains("src=\"" + thumbnail.storageKey().url() + "\"", "src=\"" + scaled.storageKey().url() + "\"")
			.contains("src=\"" + full.storageKey().url() + "\" srcset=\"" + full.storageKey().url() + " 640w\"");
	}

	@Test
	void shouldLinkToTheLargestVariantWhereTheAuthorLinkedTheOriginal() {
		var item = media("5");
		var large = variant(item, "large", 1024, 683);
		var scaled = variant(item, "scaled", 2560, 1707);
		media.markReady(item.id(), List.of(variant(item, "medium", 300, 200), scaled, large));
		var pending = media("6");
		var slug = publish("[![photo](" + item.originalKey().url() + ")](" + item.originalKey().url() + ") [later]("
				+ pending.originalKey().url() + ")");

		var page = new TestHttp("http://localhost:" + port).get("/posts/" + slug).body();

		assertThat(page).contains("<a href=\"" + scaled.storageKey().url() + "\" rel=\"nofollow\"><img")
			.contains("<a rel=\"nofollow\">later</a>")
			.doesNotContain("/media/originals/");
	}

	@Test
	void shouldListPostsInTheApiWithTheirImagesAsOnTheirPages() {
		var item = media("7");
		var medium = variant(item, "medium", 300, 200);
		media.markReady(item.id(), List.of(medium));
		publish("![photo](" + item.originalKey().url() + ")");

		var html = http.get("/api/posts").json().get("posts").get(0).get("html").asString();

		assertThat(html).contains("src=\"" + medium.storageKey().url() + "\"").doesNotContain("/media/originals/");
	}

	/** The sanitized HTML of a post that shows these images. */
	private static String body(Media... items) {
		return Stream.of(items)
			.map(item -> "<p><img src=\"" + item.originalKey().url() + "\" alt=\"x\" /></p>")
			.collect(Collectors.joining());
	}

	private Media media(String seed) {
		var sha = (seed.repeat(64)).substring(0, 64);
		return media.insertPending(new NewMedia(author.id(), MediaKey.original(author.id(), sha, ImageType.JPEG),
				"x.jpg", new ImageInfo(ImageType.JPEG, 2000, 1333, 1), 1000, sha));
	}

	private static MediaVariant variant(Media item, String size, int width, int height) {
		var key = item.originalKey().variant(size, "f".repeat(64), ImageType.JPEG);
		return new MediaVariant(item.id(), size, key, width, height, 100);
	}

	private String publish(String markdown) {
		var response = http.postJson("/api/posts",
				Map.of("title", "Pictures " + System.nanoTime(), "markdown", markdown, "status", "PUBLISHED"),
				author.bearer());
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("slug").asString();
	}

}
