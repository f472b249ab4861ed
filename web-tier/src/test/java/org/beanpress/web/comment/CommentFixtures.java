package org.beanpress.web.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.beanpress.core.user.Role;
import org.beanpress.core.user.UserRepository;
import org.beanpress.local.TestHttp;
import org.beanpress.local.TestHttp.Response;
import org.beanpress.web.TestAccounts;
import org.beanpress.web.TestAccounts.Account;
import tools.jackson.databind.JsonNode;

/**
 * What the comment tests share: posts to comment on, accounts with a role, and comments
 * sent from addresses of their own (the tier believes X-Forwarded-For from the loopback
 * proxy), so that only the limit test ever fills a bucket.
 */
final class CommentFixtures {

	private static final AtomicInteger NEXT = new AtomicInteger((int) (ProcessHandle.current().pid() % 200) * 250);

	private CommentFixtures() {
	}

	static String newAddress() {
		return "2001:db8:c::" + Integer.toHexString(NEXT.incrementAndGet());
	}

	static JsonNode post(TestHttp http, Account author, String status) {
		var created = http.postJson("/api/posts",
				Map.of("title", "Comments " + author.username(), "markdown", "Say something", "status", status),
				author.bearer());
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json();
	}

	/** An account given a role, with a token made after the change. */
	static Account withRole(TestHttp http, UserRepository users, String prefix, Role role) {
		var account = TestAccounts.signUp(http, prefix);
		users.updateRole(account.id(), role);
		var token = http.postJson("/api/tokens", "", TestHttp.basic(account.username(), account.password()));
		assertThat(token.status()).as(token.body()).isEqualTo(201);
		return new Account(account.id(), account.username(), account.password(), token.json().get("token").asString());
	}

	static Map<String, Object> body(String text) {
		var body = new HashMap<String, Object>();
		body.put("body", text);
		return body;
	}

	static Map<String, Object> anonymous(String text, String name, String email) {
		var body = body(text);
		body.put("name", name);
		body.put("email", email);
		return body;
	}

	/** The items of a JSON array. */
	static List<JsonNode> items(JsonNode array) {
		var items = new ArrayList<JsonNode>();
		for (int i = 0; i < array.size(); i++) {
			items.add(array.get(i));
		}
		return items;
	}

	/** A comment from a fresh address. */
	static Response comment(TestHttp http, long postId, Map<String, Object> body, String... headers) {
		return commentFrom(newAddress(), http, postId, body, headers);
	}

	static Response commentFrom(String address, TestHttp http, long postId, Map<String, Object> body,
			String... headers) {
		var all = new String[headers.length + 2];
		all[0] = "X-Forwarded-For";
		all[1] = address;
		System.arraycopy(headers, 0, all, 2, headers.length);
		return http.postJson("/api/posts/" + postId + "/comments", body, all);
	}

}
