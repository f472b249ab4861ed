package org.beanpress.web.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.beanpress.core.media.ImageInfo;
import org.beanpress.core.media.ImageType;
import org.beanpress.core.media.MediaKey;
import org.beanpress.core.media.MediaRepository;
import org.beanpress.core.media.MediaVariant;
import org.beanpress.core.media.NewMedia;
import org.beanpress.core.user.Role;
import org.beanpress.local.TestHttp;
import org.beanpress.web.TestAccounts;
import org.beanpress.web.TestAccounts.Account;
import org.beanpress.web.WebTierTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * Canonical, Open Graph, Twitter card and feed links in the head of public pages, with
 * the default base URL (no trailing slash).
 */
@WebTierTest
class PostMetaTests {

	private static final String BASE = "http://127.0.0.1:8080";

	@Value("${local.server.port}")
	int port;

	@Autowired
	MediaRepository media;

	TestHttp http;

	Account author;

	@BeforeEach
	void signUp() {
		http = new TestHttp("http://localhost:" + port);
		author = TestAccounts.signUp(http, "shared", Role.AUTHOR);
	}

	@Test
	void shouldDescribeAPostWithCanonicalOpenGraphAndTwitterMetaForReadersAndItsAuthor() {
		var item = media
			.insertPending(new NewMedia(author.id(), MediaKey.original(author.id(), "b".repeat(64), ImageType.JPEG),
					"x.jpg", new ImageInfo(ImageType.JPEG, 4000, 3000, 1), 1000, "b".repeat(64)));
		var large = variant(item.id(), item.originalKey(), "large", 1024, 768);
		var biggest = variant(item.id(), item.originalKey(), "2048x2048", 2048, 1536);
		media.markReady(item.id(), List.of(variant(item.id(), item.originalKey(), "thumbnail", 150, 150), large,
				biggest, variant(item.id(), item.originalKey(), "scaled", 2560, 1920)));
		var post = publish("Shared " + author.username(),
				"An opening line.\n\n![photo](" + item.originalKey().url() + ")");
		var slug = post.get("slug").asString();
		var signedIn = new TestHttp("http://localhost:" + port);
		signedIn.logIn(author.username(), author.password());

		for (var page : List.of(http.get("/posts/" + slug).body(), signedIn.get("/posts/" + slug).body())) {
			assertThat(link(page, "canonical")).isEqualTo(BASE + "/posts/" + slug);
			assertThat(meta(page, "name", "description")).isEqualTo(post.get("excerpt").asString());
			assertThat(meta(page, "property", "og:type")).isEqualTo("article");
			assertThat(meta(page, "property", "og:title")).isEqualTo("Shared " + author.username());
			assertThat(meta(page, "property", "og:description")).isEqualTo(post.get("excerpt").asString());
			assertThat(meta(page, "property", "og:url")).isEqualTo(BASE + "/posts/" + slug);
			assertThat(meta(page, "property", "og:image")).isEqualTo(BASE + biggest.storageKey().url());
			assertThat(meta(page, "property", "og:image:width")).isEqualTo("2048");
			assertThat(meta(page, "property", "og:image:height")).isEqualTo("1536");
			assertThat(meta(page, "name", "twitter:card")).isEqualTo("summary_large_image");
			assertThat(page)
				.contains(
						"<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Beanpress (RSS)\" href=\"" + BASE
								+ "/feed\">",
						"<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Beanpress (Atom)\" href=\""
								+ BASE + "/feed/atom\">")
				.doesNotContain("/media/originals/");
		}
	}

	@Test
	void shouldUseTheSmallCardForAPostWithoutImage() {
		var slug = publish("Plain " + author.username(), "Only words.").get("slug").asString();

		var page = http.get("/posts/" + slug).body();

		assertThat(meta(page, "name", "twitter:card")).isEqualTo("summary");
		assertThat(page).doesNotContain("og:image");
	}

	@Test
	void shouldEscapeHostileTitlesInMeta() {
		var slug = publish("<script>alert(1)</script> ]]> \"quoted\" \u0001\u0007 " + author.username(),
				"<script>alert(2)</script>\"x\" ]]>")
			.get("slug")
			.asString();

		var page = http.get("/posts/" + slug).body();
		var head = page.substring(0, page.indexOf("</head>"));

		assertThat(head).doesNotContain("<script", "\u0001", "\u0007")
			.contains("<meta property=\"og:title\" content=\"&lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; "
					+ "&quot;quoted&quot;  " + author.username() + "\">");
		assertThat(meta(page, "property", "og:title")).startsWith("&lt;script&gt;");
	}

	@Test
	void shouldOfferTheSiteFeedsAndACanonicalAddressOnTheFrontPage() {
		var page = http.get("/").body();

		assertThat(link(page, "canonical")).isEqualTo(BASE + "/");
		assertThat(page).contains("type=\"application/rss+xml\" title=\"Beanpress (RSS)\" href=\"" + BASE + "/feed\"");
	}

	private static String meta(String page, String attribute, String name) {
		var match = Pattern.compile("<meta " + attribute + "=\"" + Pattern.quote(name) + "\" content=\"([^\"]*)\">")
			.matcher(page);
		assertThat(match.find()).as("meta " + name + " in " + page).isTrue();
		return match.group(1);
	}

	private static String link(String page, String rel) {
		var match = Pattern.compile("<link rel=\"" + rel + "\" href=\"([^\"]*)\">").matcher(page);
		assertThat(match.find()).as("link " + rel + " in " + page).isTrue();
		return match.group(1);
	}

	private static MediaVariant variant(long mediaId, MediaKey original, String size, int width, int height) {
		return new MediaVariant(mediaId, size, original.variant(size, "e".repeat(64), ImageType.JPEG), width, height,
				100);
	}

	private JsonNode publish(String title, String markdown) {
		var response = http.postJson("/api/posts", Map.of("title", title, "markdown", markdown, "status", "PUBLISHED"),
				author.bearer());
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

}
