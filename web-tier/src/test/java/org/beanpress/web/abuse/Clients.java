package org.beanpress.web.abuse;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.beanpress.local.TestHttp;
import org.beanpress.local.TestHttp.Response;

/**
 * Clients at addresses of their own: the tier trusts X-Forwarded-For from the loopback
 * proxy (as from nginx), so each test counts against buckets no other test touches.
 */
final class Clients {

	private static final AtomicInteger NEXT = new AtomicInteger((int) (ProcessHandle.current().pid() % 200) * 250);

	static final String PASSWORD = "correct horse battery";

	private Clients() {
	}

	/** A fresh documentation-range (RFC 5737 / 3849) address. */
	static String newAddress() {
		int n = NEXT.incrementAndGet();
		return "2001:db8::" + Integer.toHexString(n);
	}

	static String[] from(String address, String... more) {
		var headers = new String[more.length + 2];
		headers[0] = "X-Forwarded-For";
		headers[1] = address;
		System.arraycopy(more, 0, headers, 2, more.length);
		return headers;
	}

	static Response signUp(TestHttp http, String address, String username) {
		return http.postJson("/api/accounts", Map.of("username", username, "password", PASSWORD), from(address));
	}

	static Response logIn(TestHttp browser, String address, String username, String password) {
		var token = browser.get("/login", from(address)).csrfToken();
		return browser.postForm("/login", Map.of("username", username, "password", password, "_csrf", token),
				from(address));
	}

	static Response token(TestHttp http, String address, String username, String password) {
		return http.postJson("/api/tokens", "", from(address, TestHttp.basic(username, password)));
	}

}
