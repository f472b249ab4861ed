package org.beanpress.web.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.beanpress.core.user.Role;
import org.beanpress.local.TestHttp;
import org.beanpress.local.TestHttp.Response;
import org.beanpress.web.TestAccounts;
import org.beanpress.web.WebTierTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * What every page says about itself to the browser, and how cookies and HSTS follow the
 * scheme the load balancer was reached by (X-Forwarded-Proto, trusted from the loopback
 * proxy as from nginx).
 */
@WebTierTest
class SecurityHeadersTests {

	static final String[] BEHIND_HTTPS = { "X-Forwarded-Proto", "https" };

	@Value("${local.server.port}")
	int port;

	TestHttp http() {
		return new TestHttp("http://localhost:" + port);
	}

	@Test
	void shouldSendThePoliciesOnPagesIncludingCachedOnes() {
		var author = TestAccounts.signUp(http(), "headers", Role.AUTHOR);
		var slug = http().postJson("/api/posts",
				Map.of("title", "Headed " + author.username(), "markdown", "x", "status", "PUBLISHED"), author.bearer())
			.json()
			.get("slug")
			.asString();
		http().get("/posts/" + slug);

		var cached = http().get("/posts/" + slug);

		assertThat(cached.header("X-Page-Cache")).isEqualTo("HIT");
		for (var page : new Response[] { cached, http().get("/login"), http().get("/") }) {
			assertThat(page.header("Content-Security-Policy"))
				.contains("script-src 'self';", "style-src 'self';", "img-src 'self' https: data:", "object-src 'none'",
						"frame-ancestors 'none'")
				.doesNotContain("unsafe-inline");
			assertThat(page.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
			assertThat(page.header("Permissions-Policy")).contains("camera=()", "geolocation=()");
			assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
		}
	}

	@Test
	void shouldMarkTheSessionCookieSecureAndSendHstsBehindHttps() {
		var page = http().get("/login", BEHIND_HTTPS);

		assertThat(page.header("Strict-Transport-Security")).contains("max-age=");
		assertThat(page.header("Set-Cookie")).startsWith("SESSION=")
			.contains("; Secure")
			.contains("; HttpOnly")
			.contains("; SameSite=Lax");
	}

	@Test
	void shouldKeepCookiesWorkingOverPlainHttpWithoutHsts() {
		var browser = http();
		var page = browser.get("/login");

		assertThat(page.header("Strict-Transport-Security")).isNull();
		assertThat(page.header("Set-Cookie")).startsWith("SESSION=")
			.doesNotContain("Secure")
			.contains("; HttpOnly")
			.contains("; SameSite=Lax");
		var account = TestAccounts.signUp(http(), "plain", Role.AUTHOR);
		assertThat(browser.logIn(account.username(), account.password()).header("Location")).endsWith("/editor");
		assertThat(browser.get("/editor").status()).isEqualTo(200);
	}

}
