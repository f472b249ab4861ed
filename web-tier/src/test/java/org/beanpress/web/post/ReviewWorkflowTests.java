package org.beanpress.web.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.beanpress.core.post.PostRepository;
import org.beanpress.core.post.PostStatus;
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

/**
 * DRAFT -> PENDING_REVIEW -> PUBLISHED or back to DRAFT, with contributors who may not
 * publish and editors who decide.
 */
@WebTierTest
class ReviewWorkflowTests {

	@Value("${local.server.port}")
	int port;

	@Autowired
	PostRepository posts;

	@Autowired
	JdbcClient jdbc;

	TestHttp http;

	Account contributor;

	Account editor;

	@BeforeEach
	void accounts() {
		http = new TestHttp("http://localhost:" + port);
		contributor = TestAccounts.signUp(http, "newcomer");
		editor = TestAccounts.signUp(http, "deskeditor", Role.EDITOR);
	}

	@Test
	void shouldSignUpAsAContributorWhoMayWriteDraftsButNotPublishOrSchedule() {
		var before = countPosts();

		var published = http.postJson("/api/posts", post("Eager " + contributor.username(), "PUBLISHED"),
				contributor.bearer());
		var scheduled = http.postJson("/api/posts",
				withPublishAt(post("Planned " + contributor.username(), "SCHEDULED"), "2099-01-01T00:00:00Z"),
				contributor.bearer());

		assertThat(published.status()).isEqualTo(403);
		assertThat(published.json().get("detail").asString()).contains("a contributor cannot make a post PUBLISHED")
			.contains("/api/posts/{id}/submit");
		assertThat(scheduled.status()).isEqualTo(403);
		assertThat(countPosts()).isEqualTo(before);
		var draft = http.postJson("/api/posts", post("Careful " + contributor.username(), "DRAFT"),
				contributor.bearer());
		assertThat(draft.status()).as(draft.body()).isEqualTo(201);
	}

	@Test
	void shouldKeepASubmittedPostFromReadersUntilAnEditorPublishesIt() {
		var word = "pendingword" + System.nanoTime();
		var draft = create(contributor, "Submitted " + contributor.username(), word);
		var id = draft.get("id").asLong();
		var slug = draft.get("slug").asString();

		var submitted = http.postJson("/api/posts/" + id + "/submit", "", contributor.bearer());

		assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
		assertThat(submitted.json().get("status").asString()).isEqualTo("PENDING_REVIEW");
		assertThat(http.get("/api/review", editor.bearer()).json().valueStream().map(post -> post.get("id").asLong()))
			.contains(id);
		var reader = new TestHttp("http://localhost:" + port);
		assertThat(reader.get("/api/posts/" + slug).status()).isEqualTo(404);
		assertThat(reader.get("/posts/" + slug).status()).isEqualTo(404);
		assertThat(reader.get("/api/posts").body()).doesNotContain(slug);
		assertThat(reader.get("/feed").body()).doesNotContain(slug);
		assertThat(reader.get("/sitemaps/posts-1.xml").body()).doesNotContain(slug);
		assertThat(reader.get("/api/search?q=" + word).json().get("results")).isEmpty();
		assertThat(http.get("/api/posts/" + slug, editor.bearer()).status()).isEqualTo(200);
		var desk = new TestHttp("http://localhost:" + port);
		desk.logIn(editor.username(), editor.password());
		assertThat(desk.get("/posts/" + slug).body()).contains("class=\"badge\">Pending review");

		var approved = http.putJson("/api/posts/" + id,
				Map.of("title", "Submitted " + contributor.username(), "markdown", word, "status", "PUBLISHED"),
				editor.bearer());

		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		assertThat(reader.get("/posts/" + slug).status()).isEqualTo(200);
		assertThat(http.get("/api/review", editor.bearer()).json().valueStream().map(post -> post.get("id").asLong()))
			.doesNotContain(id);
		var edit = http.putJson("/api/posts/" + id,
				Map.of("title", "Changed afterwards", "markdown", word, "status", "PENDING_REVIEW"),
				contributor.bearer());
		assertThat(edit.status()).isEqualTo(403);
		assertThat(edit.json().get("detail").asString())
			.contains("a contributor cannot change a post once it is published");
		assertThat(http.postJson("/api/posts/" + id + "/submit", "", editor.bearer()).status()).isEqualTo(409);
	}

	@Test
	void shouldLetAnEditorPublishOrSendBackFromThePendingReviewPage() {
		var first = create(contributor, "First " + contributor.username(), "one").get("id").asLong();
		var second = create(contributor, "Second " + contributor.username(), "two").get("id").asLong();
		var writer = new TestHttp("http://localhost:" + port);
		writer.logIn(contributor.username(), contributor.password());
		var form = writer.get("/editor/" + first);
		assertThat(form.body()).contains("Submit for review").doesNotContain("value=\"PUBLISHED\"");
		assertThat(writer.postForm("/editor/" + first + "/submit", Map.of("_csrf", form.csrfToken())).status())
			.isEqualTo(302);
		http.postJson("/api/posts/" + second + "/submit", "", contributor.bearer());
		var desk = new TestHttp("http://localhost:" + port);
		desk.logIn(editor.username(), editor.password());

		var page = desk.get("/review");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("First " + contributor.username(), "Second " + contributor.username(),
				"/review/" + first + "/publish", "/review/" + second + "/return");
		assertThat(desk.get("/editor").body()).contains("href=\"/review\"");
		var csrf = page.csrfToken();
		assertThat(desk.postForm("/review/" + first + "/publish", Map.of("_csrf", csrf)).header("Location"))
			.endsWith("/review?published=" + first);
		assertThat(desk.postForm("/review/" + second + "/return", Map.of("_csrf", csrf)).status()).isEqualTo(302);
		assertThat(posts.findById(first).orElseThrow().status()).isEqualTo(PostStatus.PUBLISHED);
		assertThat(posts.findById(second).orElseThrow().status()).isEqualTo(PostStatus.DRAFT);
		assertThat(desk.postForm("/review/" + second + "/publish", Map.of("_csrf", csrf)).status())
			.as("no longer pending")
			.isEqualTo(409);
		assertThat(writer.get("/review").status()).isEqualTo(403);
	}

	@Test
	void shouldDocumentSubmittingAndTheReviewListInOpenApi() {
		var paths = http.get("/v3/api-docs").json().get("paths");

		assertThat(paths.propertyNames()).contains("/api/posts/{id}/submit", "/api/review");
		assertThat(paths.get("/api/posts/{id}/submit").get("post").get("responses").propertyNames()).contains("200",
				"403", "409");
	}

	private JsonNode create(Account account, String title, String markdown) {
		var response = http.postJson("/api/posts", Map.of("title", title, "markdown", markdown, "status", "DRAFT"),
				account.bearer());
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

	private static Map<String, Object> post(String title, String status) {
		return new HashMap<>(Map.of("title", title, "markdown", "Some words", "status", status));
	}

	private static Map<String, Object> withPublishAt(Map<String, Object> post, String publishAt) {
		post.put("publishAt", publishAt);
		return post;
	}

	private long countPosts() {
		return jdbc.sql("SELECT COUNT(*) FROM posts").query(Long.class).single();
	}

}
