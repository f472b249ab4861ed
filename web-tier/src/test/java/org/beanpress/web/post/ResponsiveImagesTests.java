package org.beanpress.web.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.beanpress.core.cache.CacheKeys;
import org.beanpress.core.media.ImageType;
import org.beanpress.core.media.Media;
import org.beanpress.core.media.MediaRepository;
import org.beanpress.core.media.MediaVariant;
import org.beanpress.core.media.NewMedia;
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

	TestHttp http;

	Account author;

	@BeforeEach
	void signUp() {
		http = new TestHttp("http://localhost:" + port);
		author = TestAccounts.signUp(http, "illustrator");
	}

	@Test
	void shouldGiveAReadyImageASrcsetOfItsVariants() {
		var item = media("a");
		media.markReady(item.id(), List.of(variant(item, "thumbnail", 150, 150), variant(item, "medium", 300, 200),
				variant(item, "large", 1024, 683), variant(item, "1536x1536", 1536, 1024)));
		var slug = publish("![photo](/media/" + item.originalKey() + ")");

		var page = new TestHttp("http://localhost:" + port).get("/posts/" + slug).body();

		assertThat(page)
			.contains("srcset=\"/media/variants/" + item.ownerId() + "/medium.jpg 300w, /media/variants/"
					+ item.ownerId() + "/large.jpg 1024w, /media/variants/" + item.ownerId() + "/1536x1536.jpg 1536w\"")
			.contains("src=\"/media/variants/" + item.ownerId() + "/large.jpg\"")
			.contains("sizes=\"(max-width: 1024px) 100vw, 1024px\"", "width=\"1024\"", "height=\"683\"",
					"alt=\"photo\"")
			.doesNotContain("thumbnail.jpg");
		assertThat(http.get("/api/posts/" + slug).json().get("html").asString()).contains("srcset=");
	}

	@Test
	void shouldShowAPlaceholderWhileTheImageIsProcessedAndCacheThatOnlyBriefly() {
		var item = media("b");
		var slug = publish("![photo](/media/" + item.originalKey() + ")");

		var page = new TestHttp("http://localhost:" + port).get("/posts/" + slug);

		assertThat(page.body()).contains("Image being processed").doesNotContain("<img");
		assertThat(redis.getExpire(CacheKeys.post(slug))).isBetween(1L, 10L);
	}

	@Test
	void shouldShowTheFailureReasonToTheOwnerOnly() {
		var item = media("c");
		media.markFailed(item.id(), "The image data is corrupt or truncated");
		var slug = publish("![photo](/media/" + item.originalKey() + ")");
		var owner = new TestHttp("http://localhost:" + port);
		owner.logIn(author.username(), author.password());

		assertThat(owner.get("/posts/" + slug).body()).contains("could not be processed: The image data is corrupt");
		assertThat(new TestHttp("http://localhost:" + port).get("/posts/" + slug).body()).doesNotContain("corrupt")
			.doesNotContain("<img");
	}

	private Media media(String seed) {
		var sha = (seed.repeat(64)).substring(0, 64);
		return media.insertPending(new NewMedia(author.id(), "originals/" + author.id() + "/" + sha + ".jpg", "x.jpg",
				ImageType.JPEG, 1000, 2000, 1333, sha));
	}

	private static MediaVariant variant(Media item, String size, int width, int height) {
		return new MediaVariant(item.id(), size, "variants/" + item.ownerId() + "/" + size + ".jpg", width, height,
				100);
	}

	private String publish(String markdown) {
		var response = http.postJson("/api/posts",
				Map.of("title", "Pictures " + System.nanoTime(), "markdown", markdown, "status", "PUBLISHED"),
				author.bearer());
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("slug").asString();
	}

}
