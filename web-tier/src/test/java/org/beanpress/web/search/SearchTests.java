package org.beanpress.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.beanpress.core.user.Role;
import org.beanpress.local.TestHttp;
import org.beanpress.web.TestAccounts;
import org.beanpress.web.TestAccounts.Account;
import org.beanpress.web.WebTierTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/** The search page and API end to end, on the embedded MariaDB. */
@WebTierTest
class SearchTests {

	@Value("${local.server.port}")
	int port;

	TestHttp http;

	Account author;

	String word;

	@BeforeEach
	void signUp() {
		http = new TestHttp("http://localhost:" + port);
		author = TestAccounts.signUp(http, "finder", Role.AUTHOR);
		word = "qux" + System.nanoTime();
	}

	@Test
	void shouldFindPublishedPostsForAnonymousReadersWithHighlightedExcerpts() {
		var slug = publish("Walking in " + word, "We went **walking** with " + word + " & <friends> today.",
				"PUBLISHED");

		var api = anonymous().get("/api/search?q=" + encode(word));
		var page = anonymous().get("/search?q=" + encode(word));

		assertThat(api.status()).isEqualTo(200);
		var hit = api.json().get("results").get(0);
		assertThat(hit.get("slug").asString()).isEqualTo(slug);
		assertThat(hit.get("url").asString()).isEqualTo("/posts/" + slug);
		assertThat(hit.get("excerpt").asString()).isEqualTo("We went walking with " + word + " & today.");
		assertThat(hit.get("excerptHtml").asString())
			.isEqualTo("We went walking with <mark>" + word + "</mark> &amp; today.");
		assertThat(api.json().get("results")).hasSize(1);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("href=\"/posts/" + slug + "\"", "<mark>" + word + "</mark>", "<time");
	}

	@Test
	void shouldNeverShowDraftsToAnyoneEvenTheirAuthor() {
		publish("Draft " + word, "secret " + word, "DRAFT");
		var published = publish("Public " + word, "open " + word, "PUBLISHED");
		var browser = anonymous();
		browser.logIn(author.username(), author.password());
		var admin = TestAccounts.signUp(http, "other", Role.AUTHOR);

		for (var response : new TestHttp.Response[] { anonymous().get("/api/search?q=" + encode(word)),
				http.get("/api/search?q=" + encode(word), author.bearer()),
				http.get("/api/search?q=" + encode(word), admin.bearer()) }) {
			assertThat(response.json().get("results")).hasSize(1);
			assertThat(response.json().get("results").get(0).get("slug").asString()).isEqualTo(published);
		}
		var page = browser.get("/search?q=" + encode(word));
		assertThat(page.body()).contains("Public " + word).doesNotContain("Draft " + word);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "a", "the", "+", "-", "\"", "*", "@", "( ) < > ~", "+-\"*@()<>~", "\"unclosed",
			"-zzz +", "'; DROP TABLE posts; --", "%", "\\", "日本語 ✓" })
	void shouldAnswerOddQueriesWithA200AndNoServerError(String typed) {
		var api = anonymous().get("/api/search?q=" + encode(typed));
		var page = anonymous().get("/search?q=" + encode(typed));

		assertThat(api.status()).as(api.body()).isEqualTo(200);
		assertThat(api.json().get("results").isArray()).isTrue();
		assertThat(page.status()).isEqualTo(200);
	}

	@Test
	void shouldSayWhyAOneLetterOrStopwordQueryFindsNothing() {
		var api = anonymous().get("/api/search?q=" + encode("a the"));

		assertThat(api.json().get("results")).isEmpty();
		assertThat(api.json().get("message").asString()).contains("3 letters");
		assertThat(anonymous().get("/search?q=x").body()).contains("3 letters");
	}

	@Test
	void shouldFindTheWordsAmongOperators() {
		var slug = publish("Operators " + word, "text", "PUBLISHED");

		var api = anonymous().get("/api/search?q=" + encode("+\"" + word + "\"* -@(~<>)"));

		assertThat(api.json().get("results").get(0).get("slug").asString()).isEqualTo(slug);
	}

	@Test
	void shouldRefuseAQueryLongerThan200CharactersWithA400() {
		var longest = anonymous().get("/api/search?q=" + encode("word ".repeat(40)));
		var api = anonymous().get("/api/search?q=" + encode("x".repeat(500)));
		var page = anonymous().get("/search?q=" + encode("x".repeat(500)));

		assertThat(longest.status()).isEqualTo(200);
		assertThat(api.status()).isEqualTo(400);
		assertThat(api.header("Content-Type")).contains("application/problem+json");
		assertThat(api.json().get("detail").asString()).contains("longer than 200 characters");
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body()).contains("longer than 200 characters");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "11", "-1", "two", "99999999999" })
	void shouldRefuseAPageOutsideTheTenPagesWithA400(String pageNumber) {
		var api = anonymous().get("/api/search?q=" + word + "&page=" + encode(pageNumber));
		var page = anonymous().get("/search?q=" + word + "&page=" + encode(pageNumber));

		assertThat(api.status()).isEqualTo(400);
		assertThat(api.json().get("detail").asString()).contains("page must be a number from 1 to 10");
		assertThat(page.status()).isEqualTo(400);
	}

	@Test
	void shouldLinkToTheNextPageOfResults() {
		for (int i = 0; i < 11; i++) {
			publish("Paged " + i + " " + word, "body " + word, "PUBLISHED");
		}

		var first = anonymous().get("/api/search?q=" + encode(word));
		var second = anonymous().get(first.json().get("next").asString());

		assertThat(first.json().get("results")).hasSize(10);
		assertThat(second.json().get("results")).hasSize(1);
		assertThat(second.json().get("next").isNull()).isTrue();
		assertThat(anonymous().get("/search?q=" + encode(word)).body())
			.contains("href=\"/search?q=" + word + "&amp;page=2\"");
	}

	@Test
	void shouldEscapeTheQueryAndThePostTextOnThePage() {
		publish("Escaped " + word, "`<img src=x onerror=alert(1)>` " + word, "PUBLISHED");

		var page = anonymous().get("/search?q=" + encode("<i>" + word + "</i>"));

		assertThat(page.body()).doesNotContain("<i>" + word, "<img src=x")
			.contains("&lt;img src=x onerror=alert(1)&gt; <mark>" + word + "</mark>");
	}

	@Test
	void shouldPutASearchBoxInTheHeaderOfEveryPublicPage() {
		assertThat(anonymous().get("/").body()).contains("action=\"/search\"", "name=\"q\"");
		assertThat(anonymous().get("/search?q=" + word).body()).contains("value=\"" + word + "\"");
	}

	@Test
	void shouldDocumentTheSearchApi() {
		var search = http.get("/v3/api-docs").json().get("paths").get("/api/search").get("get");

		assertThat(search.get("parameters").findValuesAsString("name")).contains("q", "page");
		assertThat(search.get("description").asString()).contains("published posts", "200 characters");
	}

	private TestHttp anonymous() {
		return new TestHttp("http://localhost:" + port);
	}

	private String publish(String title, String markdown, String status) {
		var response = http.postJson("/api/posts", Map.of("title", title, "markdown", markdown, "status", status),
				author.bearer());
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		JsonNode json = response.json();
		return json.get("slug").asString();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
