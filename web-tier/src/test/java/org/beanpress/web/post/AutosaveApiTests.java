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

@WebTierTest
class AutosaveApiTests {

	@Value("${local.server.port}")
	int port;

	@Autowired
	PostRepository posts;

	TestHttp http;

	Account author;

	@BeforeEach
	void signUp() {
		http = new TestHttp("http://localhost:" + port);
		author = TestAccounts.signUp(http, "autosaver", Role.AUTHOR);
	}

	@Test
	void shouldKeepTheTextWithoutPublishingOrMakingARevision() {
		var id = create("Draft " + author.username(), "saved text", "DRAFT");

		var saved = http.putJson("/api/posts/" + id + "/autosave", autosave("Draft", "typed but not saved", 0),
				author.bearer());

		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(saved.json().get("baseVersion").asInt()).isZero();
		var read = http.get("/api/posts/" + id + "/autosave", author.bearer());
		assertThat(read.json().get("markdown").asString()).isEqualTo("typed but not saved");
		var post = posts.findById(id).orElseThrow();
		assertThat(post.markdown()).isEqualTo("saved text");
		assertThat(post.status()).isEqualTo(PostStatus.DRAFT);
		assertThat(post.version()).isZero();
		assertThat(http.get("/api/posts/" + id + "/revisions", author.bearer()).json()).hasSize(1);
	}

	@Test
	void shouldDropTheAutosavedCopyWhenThePostIsSaved() {
		var id = create("Saved " + author.username(), "v0", "DRAFT");
		http.putJson("/api/posts/" + id + "/autosave", autosave("Saved", "v1 typing", 0), author.bearer());

		var save = http.putJson("/api/posts/" + id,
				Map.of("title", "Saved", "markdown", "v1", "status", "DRAFT", "version", 0), author.bearer());

		assertThat(save.status()).isEqualTo(200);
		assertThat(http.get("/api/posts/" + id + "/autosave", author.bearer()).status()).isEqualTo(404);
	}

	@Test
	void shouldKeepANewPostsTextPerUserUntilThePostIsCreated() {
		var other = TestAccounts.signUp(http, "otherwriter", Role.AUTHOR);
		http.putJson("/api/posts/new/autosave", autosave("Unsaved", "half a thought", null), author.bearer());

		assertThat(http.get("/api/posts/new/autosave", author.bearer()).json().get("markdown").asString())
			.isEqualTo("half a thought");
		assertThat(http.get("/api/posts/new/autosave", other.bearer()).status()).isEqualTo(404);

		create("Now saved " + author.username(), "a whole thought", "DRAFT");

		assertThat(http.get("/api/posts/new/autosave", author.bearer()).status()).isEqualTo(404);
	}

	@Test
	void shouldRefuseAutosaveOfSomeoneElsesPost() {
		var id = create("Not yours " + author.username(), "x", "DRAFT");
		var intruder = TestAccounts.signUp(http, "autointruder", Role.AUTHOR);

		var write = http.putJson("/api/posts/" + id + "/autosave", autosave("Mine now", "evil", 0), intruder.bearer());
		var read = http.get("/api/posts/" + id + "/autosave", intruder.bearer());
		var discard = http.delete("/api/posts/" + id + "/autosave", intruder.bearer());

		assertThat(write.status()).isEqualTo(403);
		assertThat(write.json().get("detail").asString()).contains("Only the post's author or an editor");
		assertThat(read.status()).isEqualTo(403);
		assertThat(discard.status()).isEqualTo(403);
		assertThat(http.putJson("/api/posts/new/autosave", autosave("x", "y", null)).status()).isEqualTo(401);
	}

	@Test
	void shouldRefuseAStaleVersionUnknownPostAndBadInput() {
		var id = create("Stale " + author.username(), "v0", "DRAFT");
		http.putJson("/api/posts/" + id, Map.of("title", "Stale", "markdown", "v1", "status", "DRAFT", "version", 0),
				author.bearer());

		var stale = http.putJson("/api/posts/" + id + "/autosave", autosave("Stale", "old base", 0), author.bearer());
		var unknown = http.putJson("/api/posts/999999999/autosave", autosave("t", "x", null), author.bearer());
		var tooLong = http.putJson("/api/posts/" + id + "/autosave", autosave("x".repeat(201), "x", 1),
				author.bearer());
		var missing = http.putJson("/api/posts/" + id + "/autosave", Map.of("title", "t"), author.bearer());
		var none = http.get("/api/posts/" + id + "/autosave", author.bearer());

		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().get("detail").asString()).contains("changed by someone else (now at version 1)");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.json().get("detail").asString()).contains("title: must be at most 200 characters");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().get("detail").asString()).contains("markdown: is required");
		assertThat(none.status()).isEqualTo(404);
		assertThat(none.json().get("detail").asString()).contains("There is no autosaved copy of post " + id);
	}

	private long create(String title, String markdown, String status) {
		var response = http.postJson("/api/posts", Map.of("title", title, "markdown", markdown, "status", status),
				author.bearer());
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	private static Map<String, Object> autosave(String title, String markdown, Integer version) {
		var body = new HashMap<String, Object>();
		body.put("title", title);
		body.put("markdown", markdown);
		body.put("version", version);
		return body;
	}

}
