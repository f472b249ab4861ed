package org.beanpress.web.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.beanpress.core.page.PublicPages;
import org.beanpress.core.post.PostRepository;
import org.beanpress.core.user.Role;
import org.beanpress.local.TestHttp;
import org.beanpress.web.TestAccounts;
import org.beanpress.web.TestAccounts.Account;
import org.beanpress.web.WebTierTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@WebTierTest
class PostApiTests {

	@Value("${local.server.port}")
	int port;

	@Autowired
	PostRepository posts;

	@Autowired
	JdbcClient jdbc;

	TestHttp http;

	Account author;

	@BeforeEach
	void signUp() {
		http = new TestHttp("http://localhost:" + port);
		author = TestAccounts.signUp(http, "writer", Role.AUTHOR);
	}

	@Test
	void shouldCreateAPublishedPostWithSanitizedHtmlAndAnExcerpt() {
		var created = create(author, "Hello " + author.username(),
				"Hi <script>alert(1)</script> **there** [x](javascript:alert(2)) <img src=x onerror=alert(3)>",
				"PUBLISHED");

		assertThat(created.get("slug").asString()).isEqualTo("hello-" + author.username().toLowerCase());
		var html = created.get("html").asString();
		assertThat(html).contains("<strong>there</strong>")
			.doesNotContainIgnoringCase("<script")
			.doesNotContainIgnoringCase("javascript:")
			.doesNotContainIgnoringCase("onerror");
		assertThat(created.get("excerpt").asString()).startsWith("Hi").doesNotContain("<");
		assertThat(http.get("/api/posts/" + created.get("slug").asString()).json().get("title").asString())
			.isEqualTo("Hello " + author.username());
	}

	@Test
	void shouldGiveCollidingTitlesSuffixedSlugs() {
		var title = "Same title " + author.username();
		var first = create(author, title, "one", "DRAFT").get("slug").asString();
		var second = create(author, title, "two", "DRAFT").get("slug").asString();
		var third = create(author, title, "three", "DRAFT").get("slug").asString();

		assertThat(second).isEqualTo(first + "-2");
		assertThat(third).isEqualTo(first + "-3");
	}

	@Test
	void shouldRefuseATooLongTitleAndStoreNothing() {
		var before = countPosts();
		var response = http.postJson("/api/posts", post("x".repeat(201), "body", "DRAFT"), author.bearer());

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("detail").asString()).contains("title: must be at most 200 characters");
		assertThat(countPosts()).isEqualTo(before);
	}

	@Test
	void shouldRefuseMissingFieldsAndUnknownStatusAndStoreNothing() {
		var before = countPosts();

		var missing = http.postJson("/api/posts", Map.of("markdown", "x"), author.bearer());
		var badStatus = http.postJson("/api/posts", post("t", "x", "LIVE"), author.bearer());
		var notJson = http.postJson("/api/posts", "title=x", author.bearer());

		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().get("detail").asString()).contains("title: is required", "status: is required");
		assertThat(badStatus.status()).isEqualTo(400);
		assertThat(badStatus.json().get("detail").asString()).contains("DRAFT or PUBLISHED");
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(countPosts()).isEqualTo(before);
	}

	@Test
	void shouldRefuseAnonymousWrites() {
		var response = http.postJson("/api/posts", post("t", "x", "DRAFT"));

		assertThat(response.status()).isEqualTo(401);
	}

	@Test
	void shouldNotLetAnAuthorEditOrDeleteSomeoneElsesPost() {
		var post = create(author, "Mine " + author.username(), "original", "PUBLISHED");
		var intruder = TestAccounts.signUp(http, "intruder", Role.AUTHOR);
		var id = post.get("id").asLong();

		var edit = http.putJson("/api/posts/" + id, post("Hijacked", "evil", "PUBLISHED"), intruder.bearer());
		var delete = http.delete("/api/posts/" + id, intruder.bearer());

		assertThat(edit.status()).isEqualTo(403);
		assertThat(edit.json().get("detail").asString()).contains("Only the post's author or an editor");
		assertThat(delete.status()).isEqualTo(403);
		assertThat(posts.findById(id).orElseThrow().markdown()).isEqualTo("original");
	}

	@Test
	void shouldLetAnAdminEditAndDeleteAnyonesPost() {
		var post = create(author, "Moderated " + author.username(), "spam", "PUBLISHED");
		var id = post.get("id").asLong();
		var admin = TestHttp.basic("admin", "test-admin-password");
		var adminToken = http.postJson("/api/tokens", "", admin).json().get("token").asString();

		var edit = http.putJson("/api/posts/" + id, post("Moderated", "cleaned", "DRAFT"), TestHttp.bearer(adminToken));

		assertThat(edit.status()).isEqualTo(200);
		assertThat(posts.findById(id).orElseThrow().markdown()).isEqualTo("cleaned");
		assertThat(http.delete("/api/posts/" + id, TestHttp.bearer(adminToken)).status()).isEqualTo(204);
		assertThat(posts.findById(id)).isEmpty();
	}

	@Test
	void shouldLetTheAuthorEditAndRefuseAStaleVersion() {
		var post = create(author, "Versioned " + author.username(), "v0", "DRAFT");
		var id = post.get("id").asLong();

		var edited = http.putJson("/api/posts/" + id, versioned("Versioned", "v1", 0), author.bearer());
		var stale = http.putJson("/api/posts/" + id, versioned("Versioned", "lost edit", 0), author.bearer());

		assertThat(edited.status()).isEqualTo(200);
		assertThat(edited.json().get("version").asInt()).isEqualTo(1);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().get("detail").asString()).contains("changed by someone else");
		assertThat(posts.findById(id).orElseThrow().markdown()).isEqualTo("v1");
	}

	@Test
	void shouldKeepTheSlugWhenTheTitleChanges() {
		var post = create(author, "First title " + author.username(), "x", "PUBLISHED");
		var slug = post.get("slug").asString();

		http.putJson("/api/posts/" + post.get("id").asLong(), post("Second title", "x", "PUBLISHED"), author.bearer());

		assertThat(http.get("/api/posts/" + slug).json().get("title").asString()).isEqualTo("Second title");
	}

	@Test
	void shouldDeleteAPostOfTheAuthor() {
		var post = create(author, "Doomed " + author.username(), "x", "PUBLISHED");

		assertThat(http.delete("/api/posts/" + post.get("id").asLong(), author.bearer()).status()).isEqualTo(204);
		assertThat(http.get("/api/posts/" + post.get("slug").asString()).status()).isEqualTo(404);
	}

	@Test
	void shouldAnswerAnUnknownSlugOrIdWith404Problems() {
		var slug = http.get("/api/posts/no-such-post-" + author.username());
		var id = http.putJson("/api/posts/999999999", post("t", "x", "DRAFT"), author.bearer());
		var notANumber = http.delete("/api/posts/abc", author.bearer());

		assertThat(slug.status()).isEqualTo(404);
		assertThat(slug.json().get("detail").asString()).startsWith("There is no post at");
		assertThat(id.status()).isEqualTo(404);
		assertThat(notANumber.status()).isEqualTo(400);
	}

	@Test
	void shouldHideDraftsFromEveryoneButTheirAuthor() {
		var draft = create(author, "Secret " + author.username(), "x", "DRAFT");
		var slug = draft.get("slug").asString();

		assertThat(http.get("/api/posts/" + slug).status()).isEqualTo(404);
		assertThat(http.get("/api/posts/" + slug, author.bearer()).status()).isEqualTo(200);
		assertThat(http.get("/posts/" + slug).status()).isEqualTo(404);
	}

	@Test
	void shouldListPublishedPostsNewestFirstWithANextLink() {
		for (int i = 0; i < PublicPages.PAGE_SIZE + 2; i++) {
			create(author, "Listed " + i + " " + author.username(), "x", "PUBLISHED");
		}

		var first = http.get("/api/posts").json();
		var second = http.get(first.get("next").asString()).json();

		assertThat(first.get("posts")).hasSize(PublicPages.PAGE_SIZE);
		assertThat(first.get("posts").get(0).get("title").asString())
			.startsWith("Listed " + (PublicPages.PAGE_SIZE + 1));
		var firstIds = first.get("posts").valueStream().map(node -> node.get("id").asLong()).toList();
		var secondIds = second.get("posts").valueStream().map(node -> node.get("id").asLong()).toList();
		assertThat(secondIds).doesNotContainAnyElementsOf(firstIds);
		assertThat(secondIds.get(0)).isLessThan(firstIds.get(firstIds.size() - 1));
	}

	@Test
	void shouldDocumentTheApiWithOpenApi() {
		var docs = http.get("/v3/api-docs");

		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.json().get("paths").propertyNames()).contains("/api/posts", "/api/posts/{slug}",
				"/api/posts/{id}", "/api/media", "/api/media/{id}", "/api/accounts", "/api/tokens");
	}

	private JsonNode create(Account account, String title, String markdown, String status) {
		var response = http.postJson("/api/posts", post(title, markdown, status), account.bearer());
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

	private static Map<String, Object> post(String title, String markdown, String status) {
		return Map.of("title", title, "markdown", markdown, "status", status);
	}

	private static Map<String, Object> versioned(String title, String markdown, int version) {
		var body = new HashMap<>(post(title, markdown, "DRAFT"));
		body.put("version", version);
		return body;
	}

	private long countPosts() {
		return jdbc.sql("SELECT COUNT(*) FROM posts").query(Long.class).single();
	}

}
