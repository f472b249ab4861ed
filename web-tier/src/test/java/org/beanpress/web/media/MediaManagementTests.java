package org.beanpress.web.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.beanpress.core.media.ImageInfo;
import org.beanpress.core.media.ImageType;
import org.beanpress.core.media.Media;
import org.beanpress.core.media.MediaKey;
import org.beanpress.core.media.MediaRepository;
import org.beanpress.core.media.MediaVariant;
import org.beanpress.core.media.NewMedia;
import org.beanpress.core.post.PostRepository;
import org.beanpress.core.user.Role;
import org.beanpress.local.TestHttp;
import org.beanpress.local.TestImages;
import org.beanpress.web.TestAccounts;
import org.beanpress.web.TestAccounts.Account;
import org.beanpress.web.WebTierTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Media that authors manage, through the web tier: alt text and caption, featured images
 * and deleting media.
 */
@WebTierTest
class MediaManagementTests {

	@Value("${local.server.port}")
	int port;

	@Autowired
	MediaRepository media;

	@Autowired
	PostRepository posts;

	@Autowired
	JdbcClient jdbc;

	TestHttp http;

	Account author;

	@BeforeEach
	void signUp() {
		http = new TestHttp("http://localhost:" + port);
		author = TestAccounts.signUp(http, "curator", Role.AUTHOR);
	}

	@Test
	void shouldChangeAltTextAndCaptionAndShowThemOnThePagesOfPostsShowingTheImage() {
		var item = ready(author);
		var post = publish(author, "Before\n\n![](" + item.originalKey().url() + ")\n\nAfter", null);
		var warmJobs = cacheJobsFor(post.get("id").asLong());

		var response = http.patchJson("/api/media/" + item.id(),
				Map.of("altText", " A red bicycle ", "caption", "Seen in Ghent <b>"), author.bearer());

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().get("altText").asString()).isEqualTo("A red bicycle");
		assertThat(response.json().get("caption").asString()).isEqualTo("Seen in Ghent <b>");
		// the cached pages of published posts showing it are rendered again
		assertThat(cacheJobsFor(post.get("id").asLong())).isGreaterThan(warmJobs);
		var page = anonymous().get(post.get("url").asString()).body();
		assertThat(page)
			.containsPattern("<figure><img [^>]*alt=\"A red bicycle\"[^>]*srcset=\"[^\"]+\"[^>]*/>"
					+ "<figcaption>Seen in Ghent &lt;b&gt;</figcaption></figure>")
			.doesNotContain(item.originalKey().url());
	}

	@Test
	void shouldLeaveTheAltTextAPostGivesAndAnImageSharingItsParagraphWithoutAFigure() {
		var item = ready(author);
		media.updateText(item.id(), "Library words", "A caption");

		var post = publish(author, "![The post words](" + item.originalKey().url() + ") and text", null);

		var page = anonymous().get(post.get("url").asString()).body();
		assertThat(page).contains("alt=\"The post words\"")
			.doesNotContain("Library words")
			.doesNotContain("<figcaption>A caption");
	}

	@Test
	void shouldKeepAFieldLeftOutAndClearAnEmptyOne() {
		var item = ready(author);
		media.updateText(item.id(), "Alt", "Caption");

		var response = http.patchJson("/api/media/" + item.id(), Map.of("caption", ""), author.bearer());

		assertThat(response.status()).isEqualTo(200);
		var stored = media.findById(item.id()).orElseThrow();
		assertThat(stored.altText()).isEqualTo("Alt");
		assertThat(stored.caption()).isNull();
	}

	@Test
	void shouldRefuseAltTextOverTheLimitWith400AndKeepTheOldOne() {
		var item = ready(author);
		media.updateText(item.id(), "Old", null);

		var response = http.patchJson("/api/media/" + item.id(), Map.of("altText", "x".repeat(251)), author.bearer());

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("detail").asString()).contains("altText: must be at most 250 characters");
		assertThat(media.findById(item.id()).orElseThrow().altText()).isEqualTo("Old");
	}

	@Test
	void shouldRefuseChangingOrDeletingAnotherUsersMediaWith403AndUnknownMediaWith404() {
		var item = ready(author);
		var other = TestAccounts.signUp(http, "stranger", Role.AUTHOR);

		assertThat(http.patchJson("/api/media/" + item.id(), Map.of("altText", "mine"), other.bearer()).status())
			.isEqualTo(403);
		assertThat(http.delete("/api/media/" + item.id(), other.bearer()).status()).isEqualTo(403);
		assertThat(http.delete("/api/media/987654321", author.bearer()).status()).isEqualTo(404);
		assertThat(http.patchJson("/api/media/987654321", Map.of("altText", "x"), author.bearer()).status())
			.isEqualTo(404);
		assertThat(media.findById(item.id()).orElseThrow().altText()).isNull();
	}

	@Test
	void shouldRefuseDeletingMediaPublishedPostsShowWith409NamingThePosts() {
		var item = ready(author);
		var inBody = publish(author, "![x](" + item.originalKey().url() + ")", null);
		var featuring = publish(author, "No image in the body", item.id());

		var response = http.delete("/api/media/" + item.id(), author.bearer());

		assertThat(response.status()).isEqualTo(409);
		assertThat(response.json().get("detail").asString()).contains("2 published post(s)");
		assertThat(response.json().get("posts").valueStream().map(post -> post.get("id").asLong()))
			.containsExactlyInAnyOrder(inBody.get("id").asLong(), featuring.get("id").asLong());
		assertThat(response.json().get("posts").get(0).get("url").asString()).startsWith("/posts/");
		assertThat(media.findById(item.id())).isPresent();
		assertThat(deleteJobsFor(item)).isZero();
	}

	@Test
	void shouldDeleteMediaOnlyDraftsUseWithItsRowsAndAJobNamingAllItsFiles() {
		var item = ready(author);
		var draft = create(author, "![x](" + item.originalKey().url() + ")", item.id(), "DRAFT");

		var response = http.delete("/api/media/" + item.id(), author.bearer());

		assertThat(response.status()).as(response.body()).isEqualTo(204);
		assertThat(media.findById(item.id())).isEmpty();
		assertThat(media.findVariants(List.of(item.id()))).isEmpty();
		assertThat(posts.findById(draft.get("id").asLong()).orElseThrow().featuredMediaId()).isNull();
		var job = jdbc.sql("SELECT body FROM outbox WHERE queue = 'images' AND body LIKE ?")
			.param("%\"type\":\"media.delete\"%\"mediaId\":" + item.id() + ",%")
			.query(String.class)
			.single();
		assertThat(job).contains(item.originalKey().value(), variantKey(item, "medium").value(),
				variantKey(item, "large").value(), variantKey(item, "thumbnail").value());
		assertThat(http.delete("/api/media/" + item.id(), author.bearer()).status()).isEqualTo(404);
	}

	@Test
	void shouldLetAnAdminDeleteAnAuthorsUploadedMedia() {
		var id = http.upload("/api/media", TestImages.file("gps/DSCN0027.jpg"), author.bearer())
			.json()
			.get("id")
			.asLong();

		var token = http.postJson("/api/tokens", "", TestHttp.basic("admin", "test-admin-password")).json();

		var response = http.delete("/api/media/" + id, TestHttp.bearer(token.get("token").asString()));

		assertThat(response.status()).as(response.body()).isEqualTo(204);
		assertThat(media.findById(id)).isEmpty();
	}

	@Test
	void shouldShowTheFeaturedImageOnThePostPageAndAsAThumbnailWithSrcsetOnTheFrontPage() {
		var item = ready(author);
		media.updateText(item.id(), "A lighthouse", null);

		var post = publish(author, "Text only", item.id());

		assertThat(post.get("featuredMediaId").asLong()).isEqualTo(item.id());
		var page = anonymous().get(post.get("url").asString()).body();
		var figure = Pattern.compile("<figure class=\"featured\">\\s*(<img\\s[^>]+>)").matcher(page);
		assertThat(figure.find()).as(page).isTrue();
		assertThat(figure.group(1)).contains("src=\"" + variantKey(item, "large").url() + "\"",
				"srcset=\"" + variantKey(item, "medium").url() + " 300w, ", "width=\"1024\"", "height=\"683\"",
				"alt=\"A lighthouse\"", "sizes=\"(max-width: 1024px) 100vw, 1024px\"");
		assertThat(page).doesNotContain(item.originalKey().url());
		var front = anonymous().get("/").body();
		var thumbnail = Pattern
			.compile("<a class=\"thumbnail\" href=\"" + post.get("url").asString() + "\"[^>]*>(<img\\s[^>]+>)")
			.matcher(front);
		assertThat(thumbnail.find()).as(front).isTrue();
		assertThat(thumbnail.group(1)).contains("src=\"" + variantKey(item, "medium").url() + "\"",
				"srcset=\"" + variantKey(item, "medium").url() + " 300w, ", "width=\"300\"", "height=\"200\"",
				"alt=\"A lighthouse\"");
		assertThat(page)
			.containsPattern("<meta property=\"og:image\" content=\"https?://[^\"/]+"
					+ Pattern.quote(variantKey(item, "1536x1536").url()) + "\">")
			.contains("<meta property=\"og:image:width\" content=\"1536\">");
	}

	@Test
	void shouldMarkAFeaturedImageWithoutAltTextDecorativeRatherThanLeaveItsAltOut() {
		var post = publish(author, "Text", ready(author).id());

		var page = anonymous().get(post.get("url").asString()).body();

		assertThat(page).containsPattern("<figure class=\"featured\">\\s*<img\\s[^>]*alt=\"\"");
	}

	@Test
	void shouldRefuseAFeaturedImageThatDoesNotExistWith400AndAnotherAuthorsWith403() {
		var others = ready(TestAccounts.signUp(http, "lender", Role.AUTHOR));
		var before = countPosts();

		var missing = http.postJson("/api/posts", request("Missing", 987_654_321L), author.bearer());
		var notTheirs = http.postJson("/api/posts", request("Not theirs", others.id()), author.bearer());

		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().get("detail").asString()).contains("featuredMediaId");
		assertThat(notTheirs.status()).isEqualTo(403);
		assertThat(countPosts()).isEqualTo(before);
		var own = create(author, "Mine", null, "DRAFT");
		var edit = new HashMap<>(request("Mine", others.id()));
		assertThat(http.putJson("/api/posts/" + own.get("id").asLong(), edit, author.bearer()).status()).isEqualTo(403);
		assertThat(posts.findById(own.get("id").asLong()).orElseThrow().featuredMediaId()).isNull();
	}

	@Test
	void shouldOfferTheAltTextNotTheFileNameWhenInsertingFromTheLibrary() {
		var item = ready(author);
		media.updateText(item.id(), "A [tiny] boat", null);
		var browser = anonymous();
		browser.logIn(author.username(), author.password());

		var library = browser.get("/library").body();

		assertThat(library).contains("![A \\[tiny\\] boat](" + item.originalKey().url() + ")")
			.doesNotContain("![x.jpg]");
	}

	@Test
	void shouldEditAltTextAndRefuseDeletingMediaInUseFromTheLibraryPage() {
		var item = ready(author);
		var post = publish(author, "![x](" + item.originalKey().url() + ")", null);
		var browser = anonymous();
		browser.logIn(author.username(), author.password());
		var csrf = browser.get("/library").csrfToken();

		var saved = browser.postForm("/library/" + item.id(), Map.of("_csrf", csrf, "altText", "Dunes", "caption", ""));
		var tooLong = browser.postForm("/library/" + item.id(),
				Map.of("_csrf", csrf, "altText", "x".repeat(251), "caption", ""));
		var refused = browser.postForm("/library/" + item.id() + "/delete", Map.of("_csrf", csrf));

		assertThat(saved.status()).isEqualTo(302);
		assertThat(media.findById(item.id()).orElseThrow().altText()).isEqualTo("Dunes");
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.body()).contains("altText: must be at most 250 characters");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.body()).contains("href=\"" + post.get("url").asString() + "\"");
		assertThat(media.findById(item.id())).isPresent();
	}

	@Test
	void shouldDocumentChangingAndDeletingMediaAndFeaturedImagesInOpenApi() {
		var docs = http.get("/v3/api-docs").json();

		assertThat(docs.get("paths").get("/api/media/{id}").propertyNames()).contains("get", "patch", "delete");
		assertThat(docs.get("components").get("schemas").get("MediaTextRequest").get("properties").propertyNames())
			.contains("altText", "caption");
		assertThat(docs.get("components").get("schemas").get("PostRequest").get("properties").propertyNames())
			.contains("featuredMediaId");
		assertThat(docs.get("components").get("schemas").get("MediaView").get("properties").propertyNames())
			.contains("altText", "caption");
	}

	/** READY media with the variants the worker would have made (no worker runs here). */
	private Media ready(Account owner) {
		var sha = Long.toHexString(System.nanoTime()).repeat(8).substring(0, 64);
		var item = media.insertPending(new NewMedia(owner.id(), MediaKey.original(owner.id(), sha, ImageType.JPEG),
				"x.jpg", new ImageInfo(ImageType.JPEG, 2000, 1333, 1), 1000, sha));
		media.markReady(item.id(), List.of(variant(item, "thumbnail", 150, 150), variant(item, "medium", 300, 200),
				variant(item, "large", 1024, 683), variant(item, "1536x1536", 1536, 1024)));
		return media.findById(item.id()).orElseThrow();
	}

	private static MediaVariant variant(Media item, String size, int width, int height) {
		return new MediaVariant(item.id(), size, variantKey(item, size), width, height, 100);
	}

	private static MediaKey variantKey(Media item, String size) {
		return item.originalKey().variant(size, "e".repeat(64), ImageType.JPEG);
	}

	private JsonNode publish(Account account, String markdown, Long featuredMediaId) {
		return create(account, markdown, featuredMediaId, "PUBLISHED");
	}

	private JsonNode create(Account account, String markdown, Long featuredMediaId, String status) {
		var body = new HashMap<String, Object>(
				Map.of("title", "Managed " + System.nanoTime(), "markdown", markdown, "status", status));
		body.put("featuredMediaId", featuredMediaId);
		var response = http.postJson("/api/posts", body, account.bearer());
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

	private static Map<String, Object> request(String title, long featuredMediaId) {
		return Map.of("title", title + " " + System.nanoTime(), "markdown", "x", "status", "PUBLISHED",
				"featuredMediaId", featuredMediaId);
	}

	private TestHttp anonymous() {
		return new TestHttp("http://localhost:" + port);
	}

	private long cacheJobsFor(long postId) {
		return jdbc.sql("SELECT COUNT(*) FROM outbox WHERE queue = 'cache' AND body LIKE ?")
			.param("%\"postId\":" + postId + ",%")
			.query(Long.class)
			.single();
	}

	private long deleteJobsFor(Media item) {
		return jdbc.sql("SELECT COUNT(*) FROM outbox WHERE body LIKE ?")
			.param("%\"type\":\"media.delete\"%\"mediaId\":" + item.id() + ",%")
			.query(Long.class)
			.single();
	}

	private long countPosts() {
		return jdbc.sql("SELECT COUNT(*) FROM posts").query(Long.class).single();
	}

}
