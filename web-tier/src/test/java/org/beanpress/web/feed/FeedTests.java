package org.beanpress.web.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

import org.beanpress.core.cache.CacheKeys;
import org.beanpress.core.media.ImageInfo;
import org.beanpress.core.media.ImageType;
import org.beanpress.core.media.Media;
import org.beanpress.core.media.MediaKey;
import org.beanpress.core.media.MediaRepository;
import org.beanpress.core.media.MediaVariant;
import org.beanpress.core.media.NewMedia;
import org.beanpress.core.taxonomy.Term;
import org.beanpress.core.taxonomy.TermKind;
import org.beanpress.core.taxonomy.TermRepository;
import org.beanpress.core.user.Role;
import org.beanpress.local.TestHttp;
import org.beanpress.web.TestAccounts;
import org.beanpress.web.TestAccounts.Account;
import org.beanpress.web.WebTierInstances;
import org.beanpress.web.WebTierTest;
import org.beanpress.web.XmlDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** Feeds, with a base URL given with a trailing slash. */
@WebTierTest
@TestPropertySource(properties = "beanpress.site.base-url=https://blog.example.com/")
class FeedTests {

	private static final String BASE = "https://blog.example.com/";

	@Value("${local.server.port}")
	int port;

	@Autowired
	MediaRepository media;

	@Autowired
	TermRepository terms;

	@Autowired
	StringRedisTemplate redis;

	TestHttp http;

	Account author;

	@BeforeEach
	void signUp() {
		http = new TestHttp("http://localhost:" + port);
		author = TestAccounts.signUp(http, "feeder", Role.AUTHOR);
	}

	@Test
	void shouldServeEveryFeedAsXmlThatRomeReadsWithAbsoluteVariantUrls() {
		var image = readyImage("a");
		var large = image.variants().get(1);
		var title = "Followed " + author.username();
		var slug = publish(title,
				"See [another post](/posts/another) and\n\n![photo](" + image.item().originalKey().url() + ")")
			.get("slug")
			.asString();
		var category = term(TermKind.CATEGORY, slug);
		var tag = term(TermKind.TAG, slug);

		for (var path : List.of("/feed", "/feed/atom", "/category/" + category.slug() + "/feed",
				"/category/" + category.slug() + "/feed/atom", "/tag/" + tag.slug() + "/feed",
				"/tag/" + tag.slug() + "/feed/atom", "/author/" + author.username() + "/feed",
				"/author/" + author.username() + "/feed/atom")) {
			var response = http.get(path);
			assertThat(response.status()).as(path).isEqualTo(200);
			assertThat(response.header("Content-Type")).as(path)
				.isEqualTo(path.endsWith("/atom") ? "application/atom+xml;charset=UTF-8"
						: "application/rss+xml;charset=UTF-8");
			var document = XmlDocuments.parse(response.body());
			var feed = rome(response.body());
			assertThat(feed.getFeedType()).as(path).isEqualTo(path.endsWith("/atom") ? "atom_1.0" : "rss_2.0");
			assertThat(feed.getLink()).as(path).startsWith(BASE);
			assertThat(feed.getEntries()).as(path).allSatisfy(entry -> assertThat(entry.getLink()).startsWith(BASE));
			var entry = entry(feed, title);
			assertThat(entry.getLink()).isEqualTo(BASE + "posts/" + slug);
			assertThat(entry.getContents().get(0).getValue()).as(path)
				.contains("href=\"" + BASE + "posts/another\"", "src=\"" + BASE + large.storageKey().url().substring(1))
				.doesNotContain("/media/originals/");
			assertThat(entry.getEnclosures()).as(path)
				.singleElement()
				.satisfies(enclosure -> assertThat(enclosure.getUrl())
					.isEqualTo(BASE + image.variants().get(2).storageKey().url().substring(1)));
			assertThat(XmlDocuments.attributes(document, "link", "href")).as(path)
				.allMatch(href -> href.startsWith(BASE));
			assertThat(response.body()).as(path).doesNotContain(BASE + "/");
		}
	}

	@Test
	void shouldAnswer404ForAnUnknownCategoryTagOrAuthorAndAnAccountWithoutPublishedPosts() {
		var silent = TestAccounts.signUp(http, "silent", Role.AUTHOR);
		for (var path : List.of("/category/no-such-category/feed", "/category/no-such-category/feed/atom",
				"/tag/no-such-tag/feed", "/author/no-such-author-" + System.nanoTime() + "/feed/atom",
				"/author/" + silent.username() + "/feed", "/tag/" + "x".repeat(300) + "/feed")) {
			var response = http.get(path, "Accept", "application/rss+xml, application/atom+xml, */*;q=0.1");

			assertThat(response.status()).as(path).isEqualTo(404);
			assertThat(response.header("Content-Type")).as(path).startsWith("application/problem+json");
		}
	}

	@Test
	void shouldWriteHostileTitlesAsWellFormedEscapedText() {
		var title = "<script>alert(1)</script> ]]> \u0001\u0007\u001B & " + author.username();
		publish(title, "Body with ]]> and <b>bold</b> \u0002");

		for (var path : List.of("/feed", "/feed/atom", "/author/" + author.username() + "/feed",
				"/author/" + author.username() + "/feed/atom")) {
			var body = http.get(path).body();

			XmlDocuments.parse(body);
			var entry = entry(rome(body), "<script>alert(1)</script> ]]>  & " + author.username());
			assertThat(entry.getContents().get(0).getValue()).doesNotContain("\u0002").contains("Body with ]]");
			assertThat(body).doesNotContain("<script>alert", "\u0001", "\u0002");
		}
	}

	@Test
	void shouldShowANewPostInTheCachedFeedsRightAfterItIsPublished() {
		publish("First " + author.username(), "one");
		http.get("/feed");
		http.get("/author/" + author.username() + "/feed/atom");
		// (the site feed is not cached while a post of another test shows a pending
		// image)
		assertThat(redis.opsForHash().keys(CacheKeys.feeds())).contains("AUTHOR:" + author.username() + ":ATOM");
		assertThat(redis.getExpire(CacheKeys.feeds())).isPositive();

		publish("Second " + author.username(), "two");

		assertThat(rome(http.get("/feed").body()).getEntries().get(0).getTitle())
			.isEqualTo("Second " + author.username());
		assertThat(rome(http.get("/author/" + author.username() + "/feed/atom").body()).getEntries()).hasSize(2);
	}

	@Test
	void shouldCarryOnlyTheExcerptWhenSetSo() {
		var title = "Excerpted " + author.username();
		publish(title, "A **short** text " + "long ".repeat(200));
		redis.delete(CacheKeys.feeds());
		try (var excerpts = WebTierInstances.start(Map.of("beanpress.site.feed-content", "EXCERPT",
				"beanpress.site.base-url", "https://excerpts.example.com"))) {
			var reader = new TestHttp(WebTierInstances.baseUrl(excerpts));

			var entry = entry(rome(reader.get("/feed").body()), title);

			assertThat(entry.getContents()).isEmpty();
			assertThat(entry.getDescription().getValue()).startsWith("A short text long").doesNotContain("<");
			assertThat(entry.getLink()).startsWith("https://excerpts.example.com/posts/");
		}
		finally {
			redis.delete(CacheKeys.feeds());
		}
	}

	@Test
	void shouldDocumentFeedsSitemapsAndRobotsTxtWithTheirMediaTypesInOpenApi() {
		var paths = http.get("/v3/api-docs").json().get("paths");

		assertThat(paths.propertyNames()).contains("/feed", "/feed/atom", "/category/{slug}/feed",
				"/category/{slug}/feed/atom", "/tag/{slug}/feed", "/tag/{slug}/feed/atom", "/author/{username}/feed",
				"/author/{username}/feed/atom", "/sitemap.xml", "/sitemaps/{name}.xml", "/robots.txt");
		assertThat(paths.get("/tag/{slug}/feed/atom")
			.get("get")
			.get("responses")
			.get("200")
			.get("content")
			.propertyNames()).containsExactly("application/atom+xml");
		assertThat(paths.get("/tag/{slug}/feed").get("get").get("responses").propertyNames()).contains("404");
		assertThat(
				paths.get("/sitemaps/{name}.xml").get("get").get("responses").get("200").get("content").propertyNames())
			.containsExactly("application/xml");
	}

	private static SyndFeed rome(String xml) {
		try {
			return new SyndFeedInput().build(new StringReader(xml));
		}
		catch (Exception ex) {
			throw new AssertionError("Rome cannot read the feed: " + ex.getMessage() + "\n" + xml, ex);
		}
	}

	private static SyndEntry entry(SyndFeed feed, String title) {
		return feed.getEntries()
			.stream()
			.filter(entry -> entry.getTitle().equals(title))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No entry '" + title + "' in " + feed));
	}

	private Term term(TermKind kind, String slug) {
		var term = terms.insert(kind, kind.name().toLowerCase() + "-" + System.nanoTime(), "Term of " + slug, null);
		var post = http.get("/api/posts/" + slug).json().get("id").asLong();
		var existing = terms.findByPost(post);
		terms.assign(post, Stream.concat(existing.stream(), Stream.of(term)).toList());
		return term;
	}

	private record ReadyImage(Media item, List<MediaVariant> variants) {
	}

	/** An uploaded image the worker has processed: thumbnail, large and 2048 variants. */
	private ReadyImage readyImage(String seed) {
		var sha = (seed + System.nanoTime()).repeat(64).substring(0, 64).replaceAll("[^0-9a-f]", "a");
		var item = media.insertPending(new NewMedia(author.id(), MediaKey.original(author.id(), sha, ImageType.JPEG),
				"x.jpg", new ImageInfo(ImageType.JPEG, 4000, 3000, 1), 1000, sha));
		var variants = List.of(variant(item, "thumbnail", 150, 150), variant(item, "large", 1024, 768),
				variant(item, "2048x2048", 2048, 1536), variant(item, "scaled", 2560, 1920));
		media.markReady(item.id(), variants);
		return new ReadyImage(item, variants);
	}

	private static MediaVariant variant(Media item, String size, int width, int height) {
		var key = item.originalKey().variant(size, "f".repeat(64), ImageType.JPEG);
		return new MediaVariant(item.id(), size, key, width, height, 100 + width);
	}

	private JsonNode publish(String title, String markdown) {
		var response = http.postJson("/api/posts", Map.of("title", title, "markdown", markdown, "status", "PUBLISHED"),
				author.bearer());
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

}
