package org.beanpress.web.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.beanpress.core.cache.CacheKeys;
import org.beanpress.core.page.PublicPages;
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

/** The category, tag and author archive pages, for anonymous and signed-in readers. */
@WebTierTest
class ArchivePageTests {

	private static final Pattern OLDER = Pattern.compile("href=\"([^\"]+\\?before=[^\"]+)\">Older posts");

	@Value("${local.server.port}")
	int port;

	@Autowired
	StringRedisTemplate redis;

	TestHttp http;

	TestHttp reader;

	Account author;

	@BeforeEach
	void signUp() {
		http = new TestHttp("http://localhost:" + port);
		reader = new TestHttp("http://localhost:" + port);
		author = TestAccounts.signUp(http, "archivist", Role.AUTHOR);
	}

	@Test
	void shouldListATagsPublishedPostsNewestFirstAndPageOnWithACursor() {
		var tag = "Paged " + author.username();
		var count = PublicPages.PAGE_SIZE + 2;
		for (int i = 1; i <= count; i++) {
			save("Paged " + i, "PUBLISHED", List.of(), List.of(tag));
		}
		save("Unfinished", "DRAFT", List.of(), List.of(tag));

		var first = reader.get("/tag/paged-" + author.username());
		var older = OLDER.matcher(first.body());
		assertThat(older.find()).as(first.body()).isTrue();
		var second = reader.get(older.group(1).replace("&amp;", "&"));

		assertThat(first.status()).isEqualTo(200);
		assertThat(first.body()).contains("<h1>Tag: " + tag + "</h1>")
			.doesNotContain("Unfinished")
			.containsSubsequence("Paged " + count + " ", "Paged " + (count - 1) + " ", "Paged 3 ");
		assertThat(first.body()).doesNotContain("Paged 2 " + author.username());
		assertThat(older.group(1)).startsWith("/tag/paged-" + author.username() + "?before=");
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.header("X-Page-Cache")).isEqualTo("BYPASS");
		assertThat(second.body()).containsSubsequence("Paged 2 ", "Paged 1 ").doesNotContain("Paged 3 ");
		assertThat(OLDER.matcher(second.body()).find()).isFalse();
	}

	@Test
	void shouldServeAnonymousArchivesFromTheCacheAndDropARetaggedPostFromTheOldTag() {
		var post = save("Retagged", "PUBLISHED", List.of(), List.of("Before " + author.username()));
		var before = "/tag/before-" + author.username();
		var miss = reader.get(before);
		var hit = reader.get(before);
		assertThat(miss.header("X-Page-Cache")).isEqualTo("MISS");
		assertThat(hit.header("X-Page-Cache")).isEqualTo("HIT");
		assertThat(hit.body()).isEqualTo(miss.body()).contains("Retagged " + author.username());
		assertThat(redis.opsForValue().get(CacheKeys.archive("tag", "before-" + author.username())))
			.isEqualTo(miss.body());

		var body = new HashMap<>(request("Retagged", "PUBLISHED", List.of(), List.of("After " + author.username())));
		assertThat(http.putJson("/api/posts/" + post.get("id").asLong(), body, author.bearer()).status())
			.isEqualTo(200);

		assertThat(reader.get(before).body()).doesNotContain("Retagged " + author.username());
		assertThat(reader.get("/tag/after-" + author.username()).body()).contains("Retagged " + author.username());
	}

	@Test
	void shouldListASubcategorysPostsInItsParentsArchiveToo() {
		var parent = category("Drinks " + author.username(), null);
		var child = category("Tea " + author.username(), parent);
		save("Steeped", "PUBLISHED", List.of(child), List.of());

		var parentPage = reader.get("/category/" + parent);
		var childPage = reader.get("/category/" + child);

		assertThat(parentPage.body()).contains("<h1>Category: Drinks " + author.username() + "</h1>",
				"Steeped " + author.username());
		assertThat(childPage.body()).contains("Steeped " + author.username());
	}

	@Test
	void shouldListAnAuthorsPublishedPostsAndRedirectOtherSpellings() {
		save("By me", "PUBLISHED", List.of(), List.of());
		save("Not yet", "DRAFT", List.of(), List.of());

		var page = reader.get("/author/" + author.username());
		var moved = reader.get("/author/" + author.username().toUpperCase() + "?x=1");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Posts by " + author.username(), "By me " + author.username())
			.doesNotContain("Not yet");
		assertThat(moved.status()).isEqualTo(301);
		assertThat(moved.header("Location")).isEqualTo("/author/" + author.username() + "?x=1");
	}

	@Test
	void shouldAnswerNotFoundForUnknownCategoriesTagsAndAuthorsAndCacheNothing() {
		var unknown = "no-such-" + author.username();

		for (var path : List.of("/category/", "/tag/", "/author/")) {
			var page = reader.get(path + unknown);
			assertThat(page.status()).as(path).isEqualTo(404);
			assertThat(page.body()).contains("There is no");
			var older = reader.get(path + unknown + "?before=" + "MTYwMDAwMDAwMC4wLjE");
			assertThat(older.status()).as(path).isEqualTo(404);
		}
		assertThat(redis.hasKey(CacheKeys.archive("tag", unknown))).isFalse();
		save("Unpublished", "DRAFT", List.of(), List.of());
		assertThat(reader.get("/author/" + author.username()).status())
			.as("an account without published posts looks like no account")
			.isEqualTo(404);
	}

	@Test
	void shouldRenderArchivesForSignedInReadersWithoutTheSharedCache() {
		save("Mine", "PUBLISHED", List.of(), List.of("Private view " + author.username()));
		var browser = new TestHttp("http://localhost:" + port);
		browser.logIn(author.username(), author.password());

		var page = browser.get("/tag/private-view-" + author.username());

		assertThat(page.header("X-Page-Cache")).isEqualTo("BYPASS");
		assertThat(page.body()).contains("Mine " + author.username(), "Log out " + author.username());
		assertThat(redis.hasKey(CacheKeys.archive("tag", "private-view-" + author.username()))).isFalse();
	}

	@Test
	void shouldLinkAPostsCategoriesTagsAndAuthorOnItsPage() {
		var category = category("Linked " + author.username(), null);
		var post = save("Linked", "PUBLISHED", List.of(category), List.of("Shown " + author.username()));

		var page = reader.get("/posts/" + post.get("slug").asString());

		assertThat(page.body()).contains("href=\"/category/" + category + "\"",
				"href=\"/tag/shown-" + author.username() + "\"", "#Shown " + author.username(),
				"href=\"/author/" + author.username() + "\"");
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

	private JsonNode save(String title, String status, List<String> categories, List<String> tags) {
		var response = http.postJson("/api/posts", request(title, status, categories, tags), author.bearer());
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

	private Map<String, Object> request(String title, String status, List<String> categories, List<String> tags) {
		return Map.of("title", title + " " + author.username(), "markdown", "x", "status", status, "categories",
				categories, "tags", tags);
	}

}
