package org.beanpress.web.user;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.beanpress.core.media.ImageInfo;
import org.beanpress.core.media.ImageType;
import org.beanpress.core.media.MediaKey;
import org.beanpress.core.media.MediaRepository;
import org.beanpress.core.media.NewMedia;
import org.beanpress.core.user.Role;
import org.beanpress.core.user.UserRepository;
import org.beanpress.local.TestHttp;
import org.beanpress.local.TestImages;
import org.beanpress.web.TestAccounts;
import org.beanpress.web.TestAccounts.Account;
import org.beanpress.web.WebTierTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every mapped route, called by every kind of caller, answers exactly what
 * {@link #MATRIX} says. A route without a row fails the test by name, so a new endpoint
 * cannot go unreviewed.
 *
 * <p>
 * Callers reach {@code /api/**} the way scripts do (a bearer token, no cookies), and the
 * signed-in roles once more through their sessions (cookie and CSRF header); every other
 * route the way a browser does (a session signed in through the form, CSRF tokens in
 * forms). The expired and revoked callers send their bearer token everywhere; the page
 * chain ignores it, so there they are anonymous browsers without a session (and so
 * without a CSRF token: 403 on a form post). The fixtures belong to an author who is none
 * of the callers; a request marked {@code {fresh...}} gets a new fixture for every cell,
 * so an editor's DELETE does not leave the admin a 404. An API request starting with
 * {@code !} is sent by a new account of the caller's role, because it ends the caller's
 * credentials.
 */
@WebTierTest
class AuthorizationMatrixTests {

	/** The columns of {@link #MATRIX}, in order. */
	private static final List<String> CALLERS = List.of("anonymous", "contributor", "author", "editor", "admin",
			"expired", "revoked");

	/**
	 * Route (as mapped) | a concrete request | anonymous contributor author editor admin
	 * expired-token revoked-token.
	 */
	private static final String MATRIX = """
			GET /                                             | /                                                 | 200 200 200 200 200 200 200
			GET /posts/{slug}                                 | /posts/{published}                                | 200 200 200 200 200 200 200
			GET /posts/{slug}                                 | /posts/{draftSlug}                                | 404 404 404 200 200 404 404
			GET /category/{slug}                              | /category/uncategorized                           | 200 200 200 200 200 200 200
			GET /tag/{slug}                                   | /tag/{tag}                                        | 200 200 200 200 200 200 200
			GET /author/{username}                            | /author/{owner}                                   | 200 200 200 200 200 200 200
			GET /search                                       | /search?q=matrix                                  | 200 200 200 200 200 200 200
			GET /feed                                         | /feed                                             | 200 200 200 200 200 200 200
			GET /feed/atom                                    | /feed/atom                                        | 200 200 200 200 200 200 200
			GET /category/{slug}/feed                         | /category/uncategorized/feed                      | 200 200 200 200 200 200 200
			GET /category/{slug}/feed/atom                    | /category/uncategorized/feed/atom                 | 200 200 200 200 200 200 200
			GET /tag/{slug}/feed                              | /tag/{tag}/feed                                   | 200 200 200 200 200 200 200
			GET /tag/{slug}/feed/atom                         | /tag/{tag}/feed/atom                              | 200 200 200 200 200 200 200
			GET /author/{username}/feed                       | /author/{owner}/feed                              | 200 200 200 200 200 200 200
			GET /author/{username}/feed/atom                  | /author/{owner}/feed/atom                         | 200 200 200 200 200 200 200
			GET /sitemap.xml                                  | /sitemap.xml                                      | 200 200 200 200 200 200 200
			GET /sitemaps/{name}.xml                          | /sitemaps/posts-1.xml                             | 200 200 200 200 200 200 200
			GET /robots.txt                                   | /robots.txt                                       | 200 200 200 200 200 200 200
			GET /media/{*key}                                 | {ownersOriginal}                                  | 404 404 404 404 200 404 404
			GET /login                                        | /login                                            | 200 200 200 200 200 200 200
			GET /signup                                       | /signup                                           | 200 200 200 200 200 200 200
			POST /signup                                      | /signup                                           | 302 302 302 302 302 403 403
			GET /editor                                       | /editor                                           | 302 200 200 200 200 302 302
			GET /editor/new                                   | /editor/new                                       | 302 200 200 200 200 302 302
			POST /editor/new                                  | /editor/new                                       | 302 403 302 302 302 403 403
			GET /editor/{id}                                  | /editor/{draft}                                   | 302 403 403 200 200 302 302
			POST /editor/{id}                                 | /editor/{freshDraft}                              | 302 403 403 302 302 403 403
			POST /editor/{id}/delete                          | /editor/{freshDraft}/delete                       | 302 403 403 302 302 403 403
			POST /editor/{id}/submit                          | /editor/{freshDraft}/submit                       | 302 403 403 302 302 403 403
			GET /editor/{id}/revisions                        | /editor/{draft}/revisions                         | 302 403 403 200 200 302 302
			POST /editor/{id}/revisions/{revisionId}/restore  | /editor/{freshDraft}/revisions/{freshRevision}/restore | 302 403 403 302 302 403 403
			POST /editor/{id}/autosave/discard                | /editor/{draft}/autosave/discard                  | 302 403 403 302 302 403 403
			POST /editor/new/autosave/discard                 | /editor/new/autosave/discard                      | 302 302 302 302 302 403 403
			GET /review                                       | /review                                           | 302 403 403 200 200 302 302
			POST /review/{id}/publish                         | /review/{freshPending}/publish                    | 302 403 403 302 302 403 403
			POST /review/{id}/return                          | /review/{freshPending}/return                     | 302 403 403 302 302 403 403
			GET /library                                      | /library                                          | 302 200 200 200 200 302 302
			POST /library/{id}                                | /library/{media}                                  | 302 403 403 403 302 403 403
			POST /library/{id}/delete                         | /library/{freshMedia}/delete                      | 302 403 403 403 302 403 403
			GET /admin                                        | /admin                                            | 302 403 403 403 200 302 302
			POST /admin/queues/{queue}/redrive                | /admin/queues/cache/redrive                       | 302 403 403 403 302 403 403
			POST /admin/media/regenerate                      | /admin/media/regenerate                           | 302 403 403 403 302 403 403
			GET /account                                      | /account                                          | 302 200 200 200 200 302 302
			POST /account/profile                             | /account/profile                                  | 302 302 302 302 302 403 403
			POST /account/password                            | /account/password                                 | 302 200 200 200 200 403 403
			GET /reset-password                               | /reset-password?token=matrix                      | 200 200 200 200 200 200 200
			POST /reset-password                              | /reset-password                                   | 200 200 200 200 200 403 403
			GET /admin/users                                  | /admin/users                                      | 302 403 403 403 200 302 302
			POST /admin/users/{id}/role                       | /admin/users/{freshContributor}/role              | 302 403 403 403 302 403 403
			POST /admin/users/{id}/disabled                   | /admin/users/{freshContributor}/disabled          | 302 403 403 403 302 403 403
			POST /admin/users/{id}/password-reset             | /admin/users/{freshContributor}/password-reset    | 302 403 403 403 302 403 403
			POST /admin/users/{id}/delete                     | /admin/users/{freshContributor}/delete            | 302 403 403 403 302 403 403
			POST /admin/invitations                           | /admin/invitations                                | 302 403 403 403 302 403 403
			POST /admin/invitations/{id}/delete               | /admin/invitations/{freshInvitation}/delete       | 302 403 403 403 302 403 403
			GET /editor/comments                              | /editor/comments                                  | 302 200 200 200 200 302 302
			GET /editor/{id}/comments                         | /editor/{publishedId}/comments                    | 302 403 403 200 200 302 302
			POST /editor/{id}/comments                        | /editor/{freshPublished}/comments                 | 302 403 403 302 302 403 403
			POST /editor/comments/{id}                        | /editor/comments/{freshComment}                   | 302 403 403 302 302 403 403
			GET /error                                        | /error                                            | 500 500 500 500 500 500 500
			GET /v3/api-docs                                  | /v3/api-docs                                      | 200 200 200 200 200 200 200
			GET /v3/api-docs.yaml                             | /v3/api-docs.yaml                                 | 200 200 200 200 200 200 200
			GET /api/posts                                    | /api/posts                                        | 200 200 200 200 200 401 401
			GET /api/posts/{slug}                             | /api/posts/{published}                            | 200 200 200 200 200 401 401
			GET /api/posts/{slug}                             | /api/posts/{draftSlug}                            | 404 404 404 200 200 401 401
			POST /api/posts                                   | /api/posts                                        | 401 403 201 201 201 401 401
			PUT /api/posts/{id}                               | /api/posts/{freshDraft}                           | 401 403 403 200 200 401 401
			DELETE /api/posts/{id}                            | /api/posts/{freshDraft}                           | 401 403 403 204 204 401 401
			POST /api/posts/{id}/submit                       | /api/posts/{freshDraft}/submit                    | 401 403 403 200 200 401 401
			GET /api/review                                   | /api/review                                       | 401 403 403 200 200 401 401
			GET /api/posts/{id}/revisions                     | /api/posts/{draft}/revisions                      | 401 403 403 200 200 401 401
			GET /api/posts/{id}/revisions/{revisionId}        | /api/posts/{draft}/revisions/{revision}           | 401 403 403 200 200 401 401
			GET /api/posts/{id}/revisions/diff                | /api/posts/{draft}/revisions/diff?from={revision}&to={revision} | 401 403 403 200 200 401 401
			POST /api/posts/{id}/revisions/{revisionId}/restore | /api/posts/{freshDraft}/revisions/{freshRevision}/restore | 401 403 403 200 200 401 401
			PUT /api/posts/{id}/autosave                      | /api/posts/{draft}/autosave                       | 401 403 403 200 200 401 401
			GET /api/posts/{id}/autosave                      | /api/posts/{draft}/autosave                       | 401 403 403 200 200 401 401
			DELETE /api/posts/{id}/autosave                   | /api/posts/{draft}/autosave                       | 401 403 403 204 204 401 401
			PUT /api/posts/new/autosave                       | /api/posts/new/autosave                           | 401 200 200 200 200 401 401
			GET /api/posts/new/autosave                       | /api/posts/new/autosave                           | 401 200 200 200 200 401 401
			DELETE /api/posts/new/autosave                    | /api/posts/new/autosave                           | 401 204 204 204 204 401 401
			GET /api/categories                               | /api/categories                                   | 200 200 200 200 200 401 401
			POST /api/categories                              | /api/categories                                   | 401 403 403 201 201 401 401
			GET /api/tags                                     | /api/tags                                         | 200 200 200 200 200 401 401
			GET /api/search                                   | /api/search?q=matrix                              | 200 200 200 200 200 401 401
			POST /api/media                                   | /api/media                                        | 401 201 201 201 201 401 401
			GET /api/media                                    | /api/media                                        | 401 200 200 200 200 401 401
			GET /api/media/{id}                               | /api/media/{media}                                | 401 403 403 403 200 401 401
			PATCH /api/media/{id}                             | /api/media/{media}                                | 401 403 403 403 200 401 401
			DELETE /api/media/{id}                            | /api/media/{freshMedia}                           | 401 403 403 403 204 401 401
			POST /api/accounts                                | /api/accounts                                     | 201 201 201 201 201 401 401
			PUT /api/account/password                         | !/api/account/password                            | 401 204 204 204 204 401 401
			POST /api/tokens                                  | /api/tokens                                       | 401 201 201 201 201 401 401
			GET /api/tokens                                   | /api/tokens                                       | 401 200 200 200 200 401 401
			DELETE /api/tokens/{id}                           | /api/tokens/{ownersToken}                         | 401 404 404 404 404 401 401
			DELETE /api/tokens                                | !/api/tokens                                      | 401 204 204 204 204 401 401
			PATCH /api/users/{id}                             | /api/users/{freshContributor}                     | 401 403 403 403 200 401 401
			POST /api/preview                                 | /api/preview                                      | 401 200 200 200 200 401 401
			GET /api/account                                  | /api/account                                      | 401 200 200 200 200 401 401
			PATCH /api/account                                | /api/account                                      | 401 200 200 200 200 401 401
			GET /api/users                                    | /api/users                                        | 401 403 403 403 200 401 401
			DELETE /api/users/{id}                            | /api/users/{freshContributor}                     | 401 403 403 403 204 401 401
			POST /api/users/{id}/password-reset               | /api/users/{freshContributor}/password-reset      | 401 403 403 403 201 401 401
			GET /api/invitations                              | /api/invitations                                  | 401 403 403 403 200 401 401
			POST /api/invitations                             | /api/invitations                                  | 401 403 403 403 201 401 401
			DELETE /api/invitations/{id}                      | /api/invitations/{freshInvitation}                | 401 403 403 403 204 401 401
			GET /api/posts/{id}/comments                      | /api/posts/{publishedId}/comments                 | 200 200 200 200 200 401 401
			POST /api/posts/{id}/comments                     | /api/posts/{publishedId}/comments                 | 201 201 201 201 201 401 401
			PUT /api/posts/{id}/comments/settings             | /api/posts/{freshPublished}/comments/settings     | 401 403 403 200 200 401 401
			GET /api/comments                                 | /api/comments                                     | 401 200 200 200 200 401 401
			PATCH /api/comments/{id}                          | /api/comments/{freshComment}                      | 401 403 403 200 200 401 401
			DELETE /api/comments/{id}                         | /api/comments/{freshComment}                      | 401 403 403 204 204 401 401
			GET /api/admin/queues                             | /api/admin/queues                                 | 401 403 403 403 200 401 401
			POST /api/admin/queues/{queue}/redrive            | /api/admin/queues/cache/redrive                   | 401 403 403 403 202 401 401
			POST /api/admin/media/regenerate                  | /api/admin/media/regenerate                       | 401 403 403 403 202 401 401
			""";

	/** JSON bodies by route; {unique} becomes a new name each time. */
	private static final Map<String, String> JSON_BODIES = Map.ofEntries(
			entry("POST /api/posts", "{\"title\":\"Matrix {unique}\",\"markdown\":\"Body\",\"status\":\"PUBLISHED\"}"),
			entry("PUT /api/posts/{id}",
					"{\"title\":\"Edited {unique}\",\"markdown\":\"Edited\",\"status\":\"DRAFT\"}"),
			entry("PUT /api/posts/{id}/autosave", "{\"title\":\"Autosaved\",\"markdown\":\"Autosaved\"}"),
			entry("PUT /api/posts/new/autosave", "{\"title\":\"Autosaved\",\"markdown\":\"Autosaved\"}"),
			entry("PATCH /api/media/{id}", "{\"altText\":\"Seen by the matrix\"}"),
			entry("POST /api/categories", "{\"name\":\"Matrix {unique}\"}"),
			entry("POST /api/accounts", "{\"username\":\"{unique}\",\"password\":\"a long password\"}"),
			entry("PUT /api/account/password",
					"{\"currentPassword\":\"correct horse battery\",\"newPassword\":\"another long password\"}"),
			entry("PATCH /api/users/{id}", "{\"role\":\"AUTHOR\"}"),
			entry("PATCH /api/account", "{\"displayName\":\"Matrix reader\"}"),
			entry("POST /api/invitations", "{\"role\":\"CONTRIBUTOR\"}"),
			entry("POST /api/posts/{id}/comments",
					"{\"body\":\"Matrix comment\",\"name\":\"Reader\",\"email\":\"{unique}@example.com\"}"),
			entry("PUT /api/posts/{id}/comments/settings", "{\"closed\":true}"),
			entry("PATCH /api/comments/{id}", "{\"status\":\"APPROVED\"}"),
			entry("POST /api/preview", "{\"markdown\":\"**Matrix**\"}"));

	/** Form fields by route, besides the CSRF token. */
	private static final Map<String, Map<String, String>> FORMS = Map.ofEntries(
			entry("POST /signup", Map.of("username", "{unique}", "password", "a long password")),
			entry("POST /editor/new", Map.of("title", "Matrix {unique}", "markdown", "Body", "status", "PUBLISHED")),
			entry("POST /editor/{id}", Map.of("title", "Edited {unique}", "markdown", "Edited", "status", "DRAFT")),
			entry("POST /library/{id}", Map.of("altText", "Seen by the matrix")),
			entry("POST /account/profile", Map.of("displayName", "Matrix reader")),
			// a wrong current password: the form answers, the caller's credentials stay
			entry("POST /account/password",
					Map.of("currentPassword", "not the password", "newPassword", "another long password")),
			entry("POST /reset-password", Map.of("token", "not-a-reset-link", "newPassword", "another long password")),
			entry("POST /admin/users/{id}/role", Map.of("role", "AUTHOR")),
			entry("POST /admin/users/{id}/disabled", Map.of("disabled", "true")),
			entry("POST /admin/invitations", Map.of("role", "CONTRIBUTOR")),
			entry("POST /editor/{id}/comments", Map.of("closed", "true")),
			entry("POST /editor/comments/{id}", Map.of("action", "APPROVED")));

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

	@Value("${local.server.port}")
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MediaRepository media;

	@Autowired
	UserRepository users;

	String base;

	TestHttp http;

	Account owner;

	Map<String, String> shared;

	Map<String, Caller> callers;

	String anonymousCsrf;

	/** How one kind of caller sends requests. */
	private record Caller(String name, Role role, String[] bearer, TestHttp browser, String csrf, Account account) {

		boolean isRole() {
			return role != null;
		}

	}

	private record Row(String route, String request, List<Integer> expected) {
	}

	@Test
	void shouldAnswerEveryRouteForEveryCallerAsTheMatrixSays() {
		var rows = rows();
		assertThat(missingRoutes(rows)).as("Routes without a row in AuthorizationMatrixTests.MATRIX (add one each)")
			.isEmpty();
		setUp();

		var actual = new StringBuilder();
		var mismatches = new ArrayList<String>();
		for (var row : rows) {
			var statuses = new ArrayList<Integer>();
			for (int i = 0; i < CALLERS.size(); i++) {
				var status = send(row, callers.get(CALLERS.get(i)));
				statuses.add(status);
				if (status != row.expected().get(i)) {
					mismatches.add(row.route() + " " + row.request() + " as " + CALLERS.get(i) + ": "
							+ row.expected().get(i) + " expected, was " + status);
				}
			}
			actual.append(row.route())
				.append(" | ")
				.append(row.request())
				.append(" | ")
				.append(String.join(" ", statuses.stream().map(String::valueOf).toList()))
				.append('\n');
		}

		mismatches.addAll(throughSessions(rows));
		assertThat(mismatches).as("Cells that differ; the table as answered:\n" + actual).isEmpty();
	}

	/**
	 * The API rows again, for the signed-in roles, through their browser sessions (cookie
	 * and CSRF header, as the editor's scripts send them): the same answers. Not POST
	 * /api/tokens (a session cannot mint tokens), not POST /api/media (the same file
	 * again answers 200), not the rows that end credentials.
	 */
	private List<String> throughSessions(List<Row> rows) {
		var mismatches = new ArrayList<String>();
		for (var row : rows) {
			if (!row.request().startsWith("/api/") || row.route().equals("POST /api/tokens")
					|| row.route().equals("POST /api/media")) {
				continue;
			}
			for (int i = 0; i < CALLERS.size(); i++) {
				var caller = callers.get(CALLERS.get(i));
				if (!caller.isRole()) {
					continue;
				}
				var status = sendApi(row.route(), row.route().substring(0, row.route().indexOf(' ')),
						resolve(row.request()), caller.browser(), new String[] { "X-CSRF-TOKEN", caller.csrf() });
				if (status != row.expected().get(i)) {
					mismatches.add(row.route() + " " + row.request() + " as " + caller.name() + " through a session: "
							+ row.expected().get(i) + " expected, was " + status);
				}
			}
		}
		return mismatches;
	}

	@Test
	void shouldNameARouteThatHasNoRow() {
		var rows = rows();
		var withoutOne = rows.stream().filter(row -> !row.route().equals("GET /api/review")).toList();

		assertThat(missingRoutes(withoutOne)).containsExactly("GET /api/review");
	}

	private static List<Row> rows() {
		return MATRIX.lines().filter(line -> !line.isBlank()).map(line -> {
			var cells = line.split("\\|");
			assertThat(cells).as(line).hasSize(3);
			var statuses = cells[2].strip().split("\\s+");
			assertThat(statuses).as(line).hasSize(CALLERS.size());
			return new Row(cells[0].strip(), cells[1].strip(),
					java.util.Arrays.stream(statuses).map(Integer::valueOf).toList());
		}).toList();
	}

	/** Every route Spring MVC maps ("GET /path"), less those with a row. */
	private List<String> missingRoutes(List<Row> rows) {
		var mapped = new TreeSet<String>();
		mappings.getHandlerMethods().keySet().forEach(info -> {
			var methods = info.getMethodsCondition().getMethods();
			for (var pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					mapped.add("GET " + pattern);
				}
				methods.forEach(method -> mapped.add(method.name() + " " + pattern));
			}
		});
		rows.forEach(row -> mapped.remove(row.route()));
		return List.copyOf(mapped);
	}

	private void setUp() {
		base = "http://localhost:" + port;
		http = new TestHttp(base);
		owner = TestAccounts.signUp(http, "matrixowner", Role.AUTHOR);
		shared = new HashMap<>();
		var tag = "matrix-" + owner.username();
		var published = post("PUBLISHED", List.of(tag));
		shared.put("published", published.get("slug"));
		shared.put("publishedId", published.get("id"));
		shared.put("tag", tag);
		shared.put("owner", owner.username());
		var draft = post("DRAFT", List.of());
		shared.put("draft", draft.get("id"));
		shared.put("draftSlug", draft.get("slug"));
		shared.put("revision", revisionOf(draft.get("id")));
		var upload = http.upload("/api/media", TestImages.file("exif/Canon_40D.jpg"), owner.bearer()).json();
		shared.put("media", upload.get("id").asString());
		var key = jdbc.sql("SELECT original_key FROM media WHERE id = ?")
			.param(upload.get("id").asLong())
			.query(String.class)
			.single();
		shared.put("ownersOriginal", MediaKey.URL_PREFIX + key);
		shared.put("ownersToken",
				jdbc.sql("SELECT MAX(id) FROM api_tokens WHERE user_id = ?")
					.param(owner.id())
					.query(String.class)
					.single());

		callers = new LinkedHashMap<>();
		callers.put("anonymous", new Caller("anonymous", null, new String[0], anonymousBrowser(), null, null));
		for (var role : List.of(Role.CONTRIBUTOR, Role.AUTHOR, Role.EDITOR, Role.ADMIN)) {
			var caller = roleCaller(role);
			callers.put(caller.name(), caller);
		}
		callers.put("expired",
				tokenCaller("expired",
						account -> jdbc.sql("UPDATE api_tokens SET expires_at = ? WHERE user_id = ?")
							.params(Instant.now().minusSeconds(60), account.id())
							.update()));
		callers.put("revoked",
				tokenCaller("revoked",
						account -> jdbc.sql("UPDATE api_tokens SET revoked_at = ? WHERE user_id = ?")
							.params(Instant.now(), account.id())
							.update()));
	}

	private Caller roleCaller(Role role) {
		var account = TestAccounts.signUp(http, "matrix" + role.name().toLowerCase(), role);
		var browser = new TestHttp(base);
		assertThat(browser.logIn(account.username(), account.password()).status()).isEqualTo(302);
		var csrf = browser.get("/editor/new").csrfToken();
		return new Caller(role.name().toLowerCase(), role, account.bearer(), browser, csrf, account);
	}

	/** A new account for an API row that ends its credentials: a token, no session. */
	private Caller freshApiCaller(Caller like) {
		var account = TestAccounts.signUp(http, "matrixfresh", like.role());
		return new Caller(like.name(), like.role(), account.bearer(), null, null, account);
	}

	/** A browser of its own, which gets a session and CSRF token when it posts a form. */
	private TestHttp anonymousBrowser() {
		return new TestHttp(base);
	}

	private Caller tokenCaller(String name, java.util.function.Consumer<Account> spoil) {
		var account = TestAccounts.signUp(http, "matrix" + name, Role.AUTHOR);
		spoil.accept(account);
		return new Caller(name, null, account.bearer(), new TestHttp(base), null, account);
	}

	private int send(Row row, Caller caller) {
		var request = row.request();
		var path = resolve(request.replaceFirst("^!", ""));
		if (request.startsWith("!") && caller.isRole()) {
			assertThat(path).as("only API rows end the caller's credentials").startsWith("/api/");
			caller = freshApiCaller(caller);
		}
		var method = row.route().substring(0, row.route().indexOf(' '));
		if (path.startsWith("/api/")) {
			// scripts: a bearer token, no cookies (the API never makes a session to hold
			// one)
			var headers = caller.bearer();
			if (row.route().equals("POST /api/tokens") && caller.isRole()) {
				headers = TestHttp.basic(caller.account().username(), caller.account().password());
			}
			return sendApi(row.route(), method, path, http, headers);
		}
		return sendPage(row.route(), method, path, caller);
	}

	private int sendApi(String route, String method, String path, TestHttp client, String[] headers) {
		if (route.equals("POST /api/media")) {
			return client.upload(path, TestImages.file("exif/Nikon_D70.jpg"), headers).status();
		}
		var body = resolve(JSON_BODIES.getOrDefault(route, "{}"));
		return switch (method) {
			case "GET" -> client.get(path, headers).status();
			case "POST" -> client.postJson(path, body, headers).status();
			case "PUT" -> client.putJson(path, body, headers).status();
			case "PATCH" -> client.patchJson(path, body, headers).status();
			case "DELETE" -> client.delete(path, headers).status();
			default -> throw new AssertionError("No way to send " + method);
		};
	}

	private int sendPage(String route, String method, String path, Caller caller) {
		var browser = caller.browser();
		var headers = caller.bearer();
		if (method.equals("GET")) {
			return browser.get(path, headers).status();
		}
		var fields = new HashMap<String, String>();
		FORMS.getOrDefault(route, Map.of()).forEach((name, value) -> fields.put(name, resolve(value)));
		var csrf = caller.isRole() ? caller.csrf() : caller.name().equals("anonymous") ? anonymousCsrf(browser) : null;
		if (csrf != null) {
			fields.put("_csrf", csrf);
		}
		return browser.postForm(path, fields, headers).status();
	}

	/** The token of the anonymous browser's session, made by its first look at a page. */
	private String anonymousCsrf(TestHttp browser) {
		if (anonymousCsrf == null) {
			anonymousCsrf = browser.get("/login").csrfToken();
		}
		return anonymousCsrf;
	}

	private String resolve(String template) {
		var matcher = PLACEHOLDER.matcher(template);
		var result = new StringBuilder();
		var fresh = new HashMap<String, String>();
		while (matcher.find()) {
			var name = matcher.group(1);
			matcher.appendReplacement(result, java.util.regex.Matcher.quoteReplacement(value(name, fresh)));
		}
		matcher.appendTail(result);
		return result.toString();
	}

	/** A shared fixture, or a new one ({fresh...}: one per cell, shared within it). */
	private String value(String name, Map<String, String> fresh) {
		if (shared.containsKey(name)) {
			return shared.get(name);
		}
		Supplier<String> make = switch (name) {
			case "unique" -> () -> TestAccounts.uniqueName("matrix");
			case "freshDraft" -> () -> post("DRAFT", List.of()).get("id");
			case "freshRevision" -> () -> revisionOf(value("freshDraft", fresh));
			case "freshPending" -> () -> {
				var id = post("DRAFT", List.of()).get("id");
				assertThat(http.postJson("/api/posts/" + id + "/submit", "", owner.bearer()).status()).isEqualTo(200);
				return id;
			};
			case "freshMedia" -> () -> String.valueOf(freshMedia());
			case "freshPublished" -> () -> post("PUBLISHED", List.of()).get("id");
			case "freshComment" -> () -> freshComment();
			case "freshInvitation" -> () -> {
				var invitation = http.postJson("/api/invitations", Map.of("role", "CONTRIBUTOR"),
						TestAccounts.adminBearer(http, false));
				assertThat(invitation.status()).as(invitation.body()).isEqualTo(201);
				return invitation.json().get("id").asString();
			};
			// a row only: hashing a password for each cell would be most of the test's
			// time
			case "freshContributor" -> () -> String.valueOf(
					users.create(TestAccounts.uniqueName("matrixpromoted"), "$2a$10$unusable", Role.CONTRIBUTOR).id());
			default -> throw new AssertionError("No fixture {" + name + "}");
		};
		return name.equals("unique") ? make.get() : fresh.computeIfAbsent(name, key -> make.get());
	}

	private Map<String, String> post(String status, List<String> tags) {
		var response = http.postJson("/api/posts", Map.of("title", "Matrix " + TestAccounts.uniqueName("post"),
				"markdown", "Matrix body", "status", status, "tags", tags), owner.bearer());
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return Map.of("id", response.json().get("id").asString(), "slug", response.json().get("slug").asString());
	}

	private String revisionOf(String postId) {
		return jdbc.sql("SELECT MAX(id) FROM post_revisions WHERE post_id = ?")
			.param(Long.parseLong(postId))
			.query(String.class)
			.single();
	}

	/** A reader's comment waiting for moderation on the owner's published post. */
	private String freshComment() {
		var comment = http.postJson("/api/posts/" + shared.get("publishedId") + "/comments", Map.of("body",
				"Matrix comment", "name", "Reader", "email", TestAccounts.uniqueName("reader") + "@example.com"));
		assertThat(comment.status()).as(comment.body()).isEqualTo(201);
		return comment.json().get("id").asString();
	}

	/** Media of the owner's, as a row only: nothing here reads its files. */
	private long freshMedia() {
		var sha = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
		return media
			.insertPending(new NewMedia(owner.id(), MediaKey.original(owner.id(), sha, ImageType.JPEG), "fixture.jpg",
					new ImageInfo(ImageType.JPEG, 10, 10, 1), 100, sha))
			.id();
	}

}
