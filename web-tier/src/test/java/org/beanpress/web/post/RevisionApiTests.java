package org.beanpress.web.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

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
class RevisionApiTests {

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
		author = TestAccounts.signUp(http, "reviser", Role.AUTHOR);
	}

	@Test
	void shouldKeepARevisionOfEverySaveWithWhoMadeItNewestFirst() {
		var id = create("First " + author.username(), "one\ntwo\n");
		edit(id, "Second", "one\n2\n", 0, author.bearer());
		var admin = TestAccounts.adminBearer(http, true);
		edit(id, "Third", "one\n2\nthree\n", 1, admin);

		var list = http.get("/api/posts/" + id + "/revisions", author.bearer());

		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json().valueStream().map(node -> node.get("title").asString())).containsExactly("Third",
				"Second", "First " + author.username());
		assertThat(list.json().valueStream().map(node -> node.get("author").asString())).containsExactly("admin",
				author.username(), author.username());
		assertThat(list.json().get(0).get("createdAt").asString()).isNotBlank();
		var oldest = list.json().get(2).get("id").asLong();
		var revision = http.get("/api/posts/" + id + "/revisions/" + oldest, author.bearer()).json();
		assertThat(revision.get("markdown").asString()).isEqualTo("one\ntwo\n");
	}

	@Test
	void shouldDiffTwoRevisionsLineByLine() {
		var id = create("Diffed " + author.username(), "same\nold line\n<b>tag</b>\n");
		edit(id, "Diffed", "same\nnew line\n<b>tag</b>\n", 0, author.bearer());
		var list = http.get("/api/posts/" + id + "/revisions", author.bearer()).json();

		var diff = http.get("/api/posts/" + id + "/revisions/diff?from=" + list.get(1).get("id").asLong() + "&to="
				+ list.get(0).get("id").asLong(), author.bearer());

		assertThat(diff.status()).isEqualTo(200);
		var lines = diff.json().get("lines");
		assertThat(lines.valueStream().map(line -> line.get("kind").asString() + ":" + line.get("text").asString()))
			.containsExactly("HUNK:@@ -1,3 +1,3 @@", "SAME:same", "REMOVED:old line", "ADDED:new line",
					"SAME:<b>tag</b>");
	}

	@Test
	void shouldRestoreARevisionAsANewRevisionAndRepublishThePage() {
		var id = create("Restorable " + author.username(), "good text");
		edit(id, "Vandalised", "bad text", 0, author.bearer());
		var first = http.get("/api/posts/" + id + "/revisions", author.bearer()).json().get(1).get("id").asLong();

		var restored = http.postJson("/api/posts/" + id + "/revisions/" + first + "/restore", "", author.bearer());

		assertThat(restored.status()).as(restored.body()).isEqualTo(200);
		assertThat(restored.json().get("markdown").asString()).isEqualTo("good text");
		assertThat(restored.json().get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(restored.json().get("version").asInt()).isEqualTo(2);
		var list = http.get("/api/posts/" + id + "/revisions", author.bearer()).json();
		assertThat(list).hasSize(3);
		assertThat(list.get(0).get("title").asString()).isEqualTo("Restorable " + author.username());
		assertThat(
				new TestHttp("http://localhost:" + port).get("/posts/" + restored.json().get("slug").asString()).body())
			.contains("good text")
			.doesNotContain("bad text");
	}

	@Test
	void shouldRefuseRevisionsOfSomeoneElsesPost() {
		var id = create("Private history " + author.username(), "mine");
		var revision = http.get("/api/posts/" + id + "/revisions", author.bearer()).json().get(0).get("id").asLong();
		var intruder = TestAccounts.signUp(http, "intruder", Role.AUTHOR);

		var list = http.get("/api/posts/" + id + "/revisions", intruder.bearer());
		var one = http.get("/api/posts/" + id + "/revisions/" + revision, intruder.bearer());
		var restore = http.postJson("/api/posts/" + id + "/revisions/" + revision + "/restore", "", intruder.bearer());
		var anonymous = http.get("/api/posts/" + id + "/revisions");

		assertThat(list.status()).isEqualTo(403);
		assertThat(one.status()).isEqualTo(403);
		assertThat(restore.status()).isEqualTo(403);
		assertThat(restore.json().get("detail").asString()).contains("Only the post's author or an editor");
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(posts.findById(id).orElseThrow().version()).isZero();
	}

	@Test
	void shouldAnswerAnUnknownRevisionOrOneOfAnotherPostWith404() {
		var mine = create("Mine " + author.username(), "a");
		var other = create("Other " + author.username(), "b");
		var revisionOfOther = http.get("/api/posts/" + other + "/revisions", author.bearer())
			.json()
			.get(0)
			.get("id")
			.asLong();

		var unknown = http.postJson("/api/posts/" + mine + "/revisions/999999999/restore", "", author.bearer());
		var crossed = http.postJson("/api/posts/" + mine + "/revisions/" + revisionOfOther + "/restore", "",
				author.bearer());
		var unknownPost = http.get("/api/posts/999999999/revisions", author.bearer());
		var badDiff = http.get("/api/posts/" + mine + "/revisions/diff?from=1", author.bearer());

		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("detail").asString()).isEqualTo("There is no revision 999999999 of post " + mine);
		assertThat(crossed.status()).isEqualTo(404);
		assertThat(unknownPost.status()).isEqualTo(404);
		assertThat(badDiff.status()).isEqualTo(400);
		assertThat(posts.findById(mine).orElseThrow().markdown()).isEqualTo("a");
	}

	@Test
	void shouldDocumentRevisionsAndAutosaveInOpenApi() {
		var paths = http.get("/v3/api-docs").json().get("paths");

		assertThat(paths.propertyNames()).contains("/api/posts/{id}/revisions",
				"/api/posts/{id}/revisions/{revisionId}", "/api/posts/{id}/revisions/diff",
				"/api/posts/{id}/revisions/{revisionId}/restore", "/api/posts/{id}/autosave",
				"/api/posts/new/autosave");
		assertThat(paths.get("/api/posts/{id}/autosave").propertyNames()).contains("get", "put", "delete");
		assertThat(http.get("/v3/api-docs").body()).contains("SCHEDULED", "publishAt");
	}

	private long create(String title, String markdown) {
		var response = http.postJson("/api/posts", Map.of("title", title, "markdown", markdown, "status", "PUBLISHED"),
				author.bearer());
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	private JsonNode edit(long id, String title, String markdown, int version, String[] credentials) {
		var response = http.putJson("/api/posts/" + id,
				Map.of("title", title, "markdown", markdown, "status", "PUBLISHED", "version", version), credentials);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

}
