package org.beanpress.web.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

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

/** Posts' categories and tags through the API and the editor, bad input included. */
@WebTierTest
class PostTaxonomyTests {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	TestHttp http;

	Account author;

	@BeforeEach
	void signUp() {
		http = new TestHttp("http://localhost:" + port);
		author = TestAccounts.signUp(http, "tagger", Role.AUTHOR);
	}

	@Test
	void shouldSaveCategoriesAndTagsAndShowTheSlugsInThePostsJson() {
		var coffee = category("Coffee " + author.username(), null);
		var espresso = category("Espresso " + author.username(), coffee);

		var created = save(post("Brewed", List.of(espresso), List.of("Single Origin", "Latte Art")));

		assertThat(created.get("categories").valueStream().map(JsonNode::asString)).containsExactly(espresso);
		assertThat(created.get("tags").valueStream().map(JsonNode::asString)).containsExactly("latte-art",
				"single-origin");
		var shown = http.get("/api/posts/" + created.get("slug").asString()).json();
		assertThat(shown.get("categories").valueStream().map(JsonNode::asString)).containsExactly(espresso);
		assertThat(http.get("/api/posts").json().get("posts").get(0).get("tags").valueStream().map(JsonNode::asString))
			.containsExactly("latte-art", "single-origin");
	}

	@Test
	void shouldPutAPostWithoutCategoriesInUncategorized() {
		var created = save(Map.of("title", "Plain " + author.username(), "markdown", "x", "status", "PUBLISHED"));

		assertThat(created.get("categories").valueStream().map(JsonNode::asString)).containsExactly("uncategorized");
		assertThat(created.get("tags")).isEmpty();
	}

	@Test
	void shouldRefuseAnUnknownCategoryNamingItAndStoreNothing() {
		var before = count("SELECT COUNT(*) FROM posts");
		var tagsBefore = count("SELECT COUNT(*) FROM terms WHERE kind = 'TAG'");

		var response = http.postJson("/api/posts",
				post("Lost", List.of("uncategorized", "no-such-category"), List.of("brand new " + author.username())),
				author.bearer());

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("detail").asString()).contains("Unknown category: no-such-category");
		assertThat(count("SELECT COUNT(*) FROM posts")).isEqualTo(before);
		assertThat(count("SELECT COUNT(*) FROM terms WHERE kind = 'TAG'")).isEqualTo(tagsBefore);
	}

	@Test
	void shouldMakeCafeWithAndWithoutAccentOneTag() {
		var first = save(post("Accent", List.of(), List.of("Café " + author.username())));
		var second = save(post("Plain", List.of(), List.of("cafe " + author.username(), "CAFE " + author.username())));

		var slug = "cafe-" + author.username();
		assertThat(first.get("tags").valueStream().map(JsonNode::asString)).containsExactly(slug);
		assertThat(second.get("tags").valueStream().map(JsonNode::asString)).containsExactly(slug);
		assertThat(count("SELECT COUNT(*) FROM terms WHERE kind = 'TAG' AND slug = '" + slug + "'")).isOne();
		assertThat(jdbc.sql("SELECT name FROM terms WHERE kind = 'TAG' AND slug = ?")
			.param(slug)
			.query(String.class)
			.single()).as("the first spelling names the tag").isEqualTo("Café " + author.username());
	}

	@Test
	void shouldCreateEachNewTagOnceWhenAuthorsUseItAtTheSameTime() {
		var others = IntStream.range(0, 4).mapToObj(i -> TestAccounts.signUp(http, "racer", Role.AUTHOR)).toList();
		var tags = List.of("Race " + author.username(), "Photo finish " + author.username());

		var saves = new ArrayList<CompletableFuture<TestHttp.Response>>();
		for (var other : others) {
			saves.add(CompletableFuture.supplyAsync(() -> new TestHttp("http://localhost:" + port)
				.postJson("/api/posts", post("Racing", List.of(), tags), other.bearer())));
		}

		for (var save : saves) {
			var response = save.join();
			assertThat(response.status()).as(response.body()).isEqualTo(201);
			assertThat(response.json().get("tags")).hasSize(2);
		}
		assertThat(count("SELECT COUNT(*) FROM terms WHERE kind = 'TAG' AND slug IN ('race-" + author.username()
				+ "', 'photo-finish-" + author.username() + "')"))
			.isEqualTo(2);
	}

	@Test
	void shouldRefuseTooManyOrTooLongTagsAndTagsWithoutLettersAndStoreNothing() {
		var before = count("SELECT COUNT(*) FROM posts");

		var tooMany = http.postJson("/api/posts",
				post("Many", List.of(), IntStream.range(0, 21).mapToObj(i -> "tag" + i).toList()), author.bearer());
		var tooLong = http.postJson("/api/posts", post("Long", List.of(), List.of("x".repeat(51))), author.bearer());
		var noLetters = http.postJson("/api/posts", post("Bare", List.of(), List.of("ok", "!!!")), author.bearer());

		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(tooMany.json().get("detail").asString()).contains("tags: must be at most 20 tags");
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.json().get("detail").asString()).contains("must each be at most 50 characters");
		assertThat(noLetters.status()).isEqualTo(400);
		assertThat(noLetters.json().get("detail").asString()).contains("The tag '!!!' has no letters or digits");
		assertThat(count("SELECT COUNT(*) FROM posts")).isEqualTo(before);
		assertThat(count("SELECT COUNT(*) FROM terms WHERE slug = 'ok'")).isZero();
	}

	@Test
	void shouldReplaceCategoriesAndTagsOnEdit() {
		var created = save(post("Edited", List.of(), List.of("Old " + author.username())));

		var body = new HashMap<>(post("Edited", List.of(), List.of("New " + author.username())));
		var edited = http.putJson("/api/posts/" + created.get("id").asLong(), body, author.bearer());

		assertThat(edited.status()).as(edited.body()).isEqualTo(200);
		assertThat(edited.json().get("tags").valueStream().map(JsonNode::asString))
			.containsExactly("new-" + author.username());
	}

	@Test
	void shouldChooseCategoriesAndTypeTagsInTheEditor() {
		var coffee = category("Beans " + author.username(), null);
		var roast = category("Roast " + author.username(), coffee);
		var browser = new TestHttp("http://localhost:" + port);
		browser.logIn(author.username(), author.password());
		var form = browser.get("/editor/new");
		assertThat(form.body()).contains("value=\"" + roast + "\"", "class=\"subcategory\"");

		var saved = browser.postForm("/editor/new",
				Map.of("_csrf", form.csrfToken(), "title", "From the editor " + author.username(), "markdown", "x",
						"status", "PUBLISHED", "categories", roast, "tags", "Dark, Oily ,dark"));

		assertThat(saved.status()).as(saved.body()).isEqualTo(302);
		var edit = browser.get(URI.create(saved.header("Location")).getPath());
		assertThat(edit.body()).containsPattern("value=\"" + roast + "\"\\s+checked").contains("value=\"Dark, Oily\"");
		var refused = browser.postForm("/editor/new", Map.of("_csrf", form.csrfToken(), "title", "Refused", "markdown",
				"x", "status", "DRAFT", "categories", "no-such-" + author.username()));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("Unknown category: no-such-" + author.username());
	}

	private String category(String name, String parent) {
		var body = new HashMap<String, Object>(Map.of("name", name));
		if (parent != null) {
			body.put("parent", parent);
		}
		// categories are an editor's to make; the author files posts under them
		var response = http.postJson("/api/categories", body, TestAccounts.adminBearer(http, false));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("slug").asString();
	}

	private JsonNode save(Map<String, Object> post) {
		var response = http.postJson("/api/posts", post, author.bearer());
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

	private Map<String, Object> post(String title, List<String> categories, List<String> tags) {
		return Map.of("title", title + " " + author.username(), "markdown", "x", "status", "PUBLISHED", "categories",
				categories, "tags", tags);
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
