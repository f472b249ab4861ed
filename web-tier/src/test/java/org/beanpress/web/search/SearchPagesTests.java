package org.beanpress.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.beanpress.local.TestHttp;
import org.beanpress.web.TestAccounts;
import org.beanpress.web.TestAccounts.Account;
import org.beanpress.web.WebTierInstances;
import org.beanpress.web.WebTierTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Anonymous search pages kept in memory: served again without a query, and never once the
 * index changed, on whichever instance the change was made.
 */
@WebTierTest
class SearchPagesTests {

	static ConfigurableApplicationContext otherInstance;

	@Value("${local.server.port}")
	int port;

	Account author;

	String word;

	@BeforeAll
	static void startAnotherInstance() {
		otherInstance = WebTierInstances.start(Map.of());
	}

	@AfterAll
	static void stopTheOtherInstance() {
		otherInstance.close();
	}

	@BeforeEach
	void signUp() {
		author = TestAccounts.signUp(here(), "kept");
		word = "kep" + System.nanoTime();
	}

	@Test
	void shouldServeARepeatedAnonymousSearchFromMemory() {
		publish(here(), "Found " + word);

		var first = here().get("/search?q=" + word);
		var second = here().get("/search?q=" + word);

		assertThat(first.header("X-Page-Cache")).isEqualTo("MISS");
		assertThat(second.header("X-Page-Cache")).isEqualTo("HIT");
		assertThat(second.body()).isEqualTo(first.body()).contains("Found " + word);
	}

	@Test
	void shouldDropAPostUnpublishedOnAnotherInstanceAtOnce() {
		var id = publish(here(), "Soon a draft " + word);
		assertThat(here().get("/search?q=" + word).body()).contains("Soon a draft " + word);
		assertThat(here().get("/search?q=" + word).header("X-Page-Cache")).isEqualTo("HIT");

		var unpublished = there().putJson("/api/posts/" + id,
				Map.of("title", "Soon a draft " + word, "markdown", word, "status", "DRAFT"), author.bearer());
		assertThat(unpublished.status()).as(unpublished.body()).isEqualTo(200);

		var page = here().get("/search?q=" + word);
		assertThat(page.header("X-Page-Cache")).isEqualTo("MISS");
		assertThat(page.body()).doesNotContain("Soon a draft " + word).contains("No published post has all");
	}

	@Test
	void shouldShowAPostPublishedOnAnotherInstanceAtOnce() {
		publish(here(), "Early " + word);
		assertThat(here().get("/search?q=" + word).body()).doesNotContain("Later " + word);

		publish(there(), "Later " + word);

		assertThat(here().get("/search?q=" + word).body()).contains("Early " + word, "Later " + word);
	}

	@Test
	void shouldRenderSignedInSearchesForTheirReaderAndKeepThemOutOfTheSharedPages() {
		publish(here(), "Mine " + word);
		var browser = here();
		browser.logIn(author.username(), author.password());

		var signedIn = browser.get("/search?q=" + word);
		var anonymous = here().get("/search?q=" + word);

		assertThat(signedIn.header("X-Page-Cache")).isEqualTo("BYPASS");
		assertThat(signedIn.body()).contains("Log out " + author.username());
		assertThat(anonymous.body()).contains("Mine " + word).doesNotContain("Log out");
	}

	private TestHttp here() {
		return new TestHttp("http://localhost:" + port);
	}

	private TestHttp there() {
		return new TestHttp(WebTierInstances.baseUrl(otherInstance));
	}

	private long publish(TestHttp http, String title) {
		var response = http.postJson("/api/posts", Map.of("title", title, "markdown", word, "status", "PUBLISHED"),
				author.bearer());
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

}
