package org.beanpress.web.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.beanpress.core.cache.CacheKeys;
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
import tools.jackson.databind.JsonNode;

@WebTierTest
class PostPageTests {

	@Value("${local.server.port}")
	int port;

	@Autowired
	StringRedisTemplate redis;

	TestHttp http;

	Account author;

	@BeforeEach
	void signUp() {
		http = new TestHttp("http://localhost:" + port);
		author = TestAccounts.signUp(http, "pager", Role.AUTHOR);
	}

	@Test
	void shouldRenderThePostPageWithTheSanitizedBody() {
		var post = publish("Rendered " + author.username(), "Hello **bold** <script>alert(1)</script>");

		var page = new TestHttp("http://localhost:" + port).get("/posts/" + post.get("slug").asString());

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Content-Type")).startsWith("text/html");
		assertThat(page.body()).contains("<strong>bold</strong>", "Rendered " + author.username())
			.doesNotContain("<script>alert");
	}

	@Test
	void shouldServeAnonymousPostPagesFromRedisAfterTheFirstRender() {
		var slug = publish("Cached " + author.username(), "first").get("slug").asString();
		var reader = new TestHttp("http://localhost:" + port);

		var miss = reader.get("/posts/" + slug);
		var hit = reader.get("/posts/" + slug);

		assertThat(miss.header("X-Page-Cache")).isEqualTo("MISS");
		assertThat(hit.header("X-Page-Cache")).isEqualTo("HIT");
		assertThat(hit.body()).isEqualTo(miss.body());
		assertThat(redis.opsForValue().get(CacheKeys.post(slug))).isEqualTo(miss.body());
		assertThat(hit.header("Set-Cookie")).isNull();
	}

	@Test
	void shouldRedirectAnotherSpellingOfASlugToTheOneServedFromTheCache() {
		var slug = publish("Canonical " + author.username(), "one address").get("slug").asString();
		var reader = new TestHttp("http://localhost:" + port);
		reader.get("/posts/" + slug);

		var moved = reader.get("/posts/" + slug.toUpperCase().replace('-', '_') + "?utm_source=feed&x=%20");

		assertThat(moved.status()).isEqualTo(301);
		assertThat(moved.header("Location")).endsWith("/posts/" + slug + "?utm_source=feed&x=%20");
		var page = reader.get(moved.header("Location"));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("X-Page-Cache")).isEqualTo("HIT");
		assertThat(redis.hasKey(CacheKeys.post(slug.toUpperCase().replace('-', '_')))).isFalse();
	}

	@Test
	void shouldEvictTheCachedPageWhenThePostIsEdited() {
		var post = publish("Evicted " + author.username(), "old words");
		var slug = post.get("slug").asString();
		var reader = new TestHttp("http://localhost:" + port);
		reader.get("/posts/" + slug);

		http.putJson("/api/posts/" + post.get("id").asLong(),
				Map.of("title", "Evicted", "markdown", "new words", "status", "PUBLISHED"), author.bearer());
		var after = reader.get("/posts/" + slug);

		assertThat(after.header("X-Page-Cache")).isEqualTo("MISS");
		assertThat(after.body()).contains("new words").doesNotContain("old words");
	}

	@Test
	void shouldListNewPostsOnTheFrontPageAtOnce() {
		var reader = new TestHttp("http://localhost:" + port);
		reader.get("/");

		publish("Fresh " + author.username(), "x");
		var front = reader.get("/");

		assertThat(front.status()).isEqualTo(200);
		assertThat(front.body()).contains("Fresh " + author.username());
	}

	@Test
	void shouldRenderPagesForSignedInUsersWithoutTheSharedCache() {
		var slug = publish("Personal " + author.username(), "x").get("slug").asString();
		var browser = new TestHttp("http://localhost:" + port);
		browser.logIn(author.username(), author.password());

		var page = browser.get("/posts/" + slug);

		assertThat(page.header("X-Page-Cache")).isEqualTo("BYPASS");
		assertThat(page.body()).contains("Log out " + author.username());
	}

	@Test
	void shouldShowAnUnknownSlugAsA404Page() {
		var page = new TestHttp("http://localhost:" + port).get("/posts/no-such-" + author.username());

		assertThat(page.status()).isEqualTo(404);
		assertThat(page.body()).contains("There is no post at");
	}

	@Test
	void shouldIgnoreAForgedPaginationCursor() {
		assertThat(new TestHttp("http://localhost:" + port).get("/?before=%27%20OR%201=1--").status()).isEqualTo(200);
	}

	@Test
	void shouldLetAnAuthorWriteAndPublishThroughTheEditorPages() {
		var browser = new TestHttp("http://localhost:" + port);
		browser.logIn(author.username(), author.password());
		var token = browser.get("/editor/new").csrfToken();

		var saved = browser.postForm("/editor/new", Map.of("_csrf", token, "title",
				"From the editor " + author.username(), "markdown", "Written *in the browser*", "status", "PUBLISHED"));

		assertThat(saved.status()).isEqualTo(302);
		assertThat(saved.header("Location")).contains("/editor/");
		assertThat(browser.get("/editor").body()).contains("From the editor " + author.username());
		assertThat(new TestHttp("http://localhost:" + port).get("/").body())
			.contains("From the editor " + author.username());
	}

	private JsonNode publish(String title, String markdown) {
		var response = http.postJson("/api/posts", Map.of("title", title, "markdown", markdown, "status", "PUBLISHED"),
				author.bearer());
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

}
