package org.beanpress.web.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;

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

/**
 * The editor's pages for history: the autosave offer after a crash, and the revisions
 * page with its diff and restore buttons, driven as a browser with a session.
 */
@WebTierTest
class EditorHistoryPageTests {

	private static final Pattern AUTOSAVE_URL = Pattern.compile("data-autosave-url=\"([^\"]+)\"");

	private static final Pattern CSRF_HEADER = Pattern.compile("data-csrf-header=\"([^\"]+)\"");

	@Value("${local.server.port}")
	int port;

	@Autowired
	PostRepository posts;

	TestHttp http;

	TestHttp browser;

	Account author;

	@BeforeEach
	void signIn() {
		http = new TestHttp("http://localhost:" + port);
		author = TestAccounts.signUp(http, "historian", Role.AUTHOR);
		browser = new TestHttp("http://localhost:" + port);
		browser.logIn(author.username(), author.password());
	}

	@Test
	void shouldAutosaveFromTheEditorPageAndOfferTheTextWhenTheEditorIsOpenedAgain() {
		var id = create("Crashy " + author.username(), "saved text");
		var editor = browser.get("/editor/" + id);
		assertThat(editor.body()).contains("<script src=\"/js/autosave.js\"></script>")
			.doesNotContain("An autosaved copy");

		// what autosave.js sends: the page's URL and CSRF header, the session cookie
		var url = find(AUTOSAVE_URL, editor.body());
		var autosave = browser.putJson(url,
				Map.of("title", "Crashy", "markdown", "typed <em>before</em> the crash", "version", 0),
				find(CSRF_HEADER, editor.body()), editor.csrfToken());
		var forged = browser.putJson(url, Map.of("title", "Crashy", "markdown", "forged", "version", 0));

		assertThat(autosave.status()).as(autosave.body()).isEqualTo(200);
		assertThat(forged.status()).as("no CSRF header").isEqualTo(403);
		var reopened = browser.get("/editor/" + id);
		assertThat(reopened.body()).contains("An autosaved copy from", "/editor/" + id + "?autosave=1")
			.contains(">saved text</textarea>");
		var restored = browser.get("/editor/" + id + "?autosave=1");
		assertThat(restored.body()).contains(">typed &lt;em&gt;before&lt;/em&gt; the crash</textarea>")
			.doesNotContain("An autosaved copy from");
		assertThat(posts.findById(id).orElseThrow().markdown()).isEqualTo("saved text");

		var discard = browser.postForm("/editor/" + id + "/autosave/discard", Map.of("_csrf", reopened.csrfToken()));
		assertThat(discard.status()).isEqualTo(302);
		assertThat(browser.get("/editor/" + id).body()).doesNotContain("An autosaved copy from");
	}

	@Test
	void shouldOfferANewPostsAutosavedTextOnTheNewPostPage() {
		var editor = browser.get("/editor/new");
		assertThat(find(AUTOSAVE_URL, editor.body())).isEqualTo("/api/posts/new/autosave");
		browser.putJson("/api/posts/new/autosave", Map.of("title", "Lost title", "markdown", "lost body"),
				find(CSRF_HEADER, editor.body()), editor.csrfToken());

		assertThat(browser.get("/editor/new").body()).contains("An autosaved copy from", "/editor/new?autosave=1");
		assertThat(browser.get("/editor/new?autosave=1").body()).contains("value=\"Lost title\"",
				">lost body</textarea>");
	}

	@Test
	void shouldKeepThe409WhenAnAutosaveFromAnOlderVersionIsSaved() {
		var id = create("Contested " + author.username(), "v0");
		http.putJson("/api/posts/" + id + "/autosave", Map.of("title", "Contested", "markdown", "mine", "version", 0),
				author.bearer());
		var admin = TestAccounts.adminBearer(http, true);
		assertThat(http
			.putJson("/api/posts/" + id,
					Map.of("title", "Contested", "markdown", "admin's", "status", "PUBLISHED", "version", 0), admin)
			.status()).isEqualTo(200);

		var offer = browser.get("/editor/" + id);
		var form = browser.get("/editor/" + id + "?autosave=1");
		var save = browser.postForm("/editor/" + id, Map.of("_csrf", form.csrfToken(), "title", "Contested", "markdown",
				"mine", "status", "PUBLISHED", "version", "0"));

		assertThat(offer.body()).contains("An autosaved copy from", "someone has saved the post since");
		assertThat(form.body()).contains("name=\"version\" value=\"0\"");
		assertThat(save.status()).isEqualTo(200);
		assertThat(save.body()).contains("changed by someone else");
		assertThat(posts.findById(id).orElseThrow().markdown()).isEqualTo("admin's");
	}

	@Test
	void shouldShowAnEscapedDiffBetweenRevisionsAndRestoreOneWithTheForm() {
		var id = create("Diffed " + author.username(), "kept line\n<script>alert(1)</script>\n");
		http.putJson("/api/posts/" + id, Map.of("title", "Diffed again", "markdown", "kept line\nreplaced\n", "status",
				"PUBLISHED", "version", 0), author.bearer());

		var page = browser.get("/editor/" + id + "/revisions");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body())
			.contains("<div class=\"REMOVED\">&lt;script&gt;alert(1)&lt;/script&gt;</div>",
					"<div class=\"ADDED\">replaced</div>", "<div class=\"SAME\">kept line</div>",
					"Title: Diffed " + author.username(), "Title: Diffed again")
			.doesNotContain("<script>alert");
		var oldest = posts.findById(id).orElseThrow();
		var restoreAction = Pattern.compile("action=\"(/editor/" + id + "/revisions/\\d+/restore)\"")
			.matcher(page.body());
		assertThat(restoreAction.find()).isTrue();

		var refused = browser.postForm(restoreAction.group(1), Map.of());
		var restored = browser.postForm(restoreAction.group(1), Map.of("_csrf", page.csrfToken()));

		assertThat(refused.status()).as("no CSRF token").isEqualTo(403);
		assertThat(restored.status()).isEqualTo(302);
		assertThat(restored.header("Location")).endsWith("/editor/" + id + "/revisions?restored");
		var post = posts.findById(id).orElseThrow();
		assertThat(post.markdown()).isEqualTo("kept line\n<script>alert(1)</script>\n");
		assertThat(post.version()).isEqualTo(oldest.version() + 1);
		assertThat(browser.get("/editor/" + id + "/revisions?restored").body()).contains("Restored;");
	}

	@Test
	void shouldCompareAnyTwoRevisionsChosenOnThePage() {
		var id = create("Three " + author.username(), "a\n");
		for (var text : new String[] { "a\nb\n", "a\nb\nc\n" }) {
			var version = posts.findById(id).orElseThrow().version();
			http.putJson("/api/posts/" + id,
					Map.of("title", "Three", "markdown", text, "status", "PUBLISHED", "version", version),
					author.bearer());
		}
		var ids = http.get("/api/posts/" + id + "/revisions", author.bearer())
			.json()
			.valueStream()
			.map(node -> node.get("id").asLong())
			.toList();

		var page = browser.get("/editor/" + id + "/revisions?from=" + ids.get(2) + "&to=" + ids.get(0));

		assertThat(page.body()).contains("<div class=\"ADDED\">b</div>", "<div class=\"ADDED\">c</div>");
	}

	@Test
	void shouldRefuseTheRevisionsPageOfSomeoneElsesPost() {
		var id = create("Hidden history " + author.username(), "x");
		var intruder = TestAccounts.signUp(http, "pageintruder", Role.AUTHOR);
		var other = new TestHttp("http://localhost:" + port);
		other.logIn(intruder.username(), intruder.password());

		assertThat(other.get("/editor/" + id + "/revisions").status()).isEqualTo(403);
		assertThat(other.get("/editor/" + id + "/revisions?from=1&to=999999999").status()).isEqualTo(403);
		assertThat(browser.get("/editor/" + id + "/revisions?from=999999999&to=1").status()).isEqualTo(404);
	}

	private long create(String title, String markdown) {
		var response = http.postJson("/api/posts", Map.of("title", title, "markdown", markdown, "status", "PUBLISHED"),
				author.bearer());
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	private static String find(Pattern pattern, String body) {
		var matcher = pattern.matcher(body);
		assertThat(matcher.find()).as(pattern.pattern()).isTrue();
		return matcher.group(1);
	}

}
