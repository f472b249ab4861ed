package org.beanpress.web.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.beanpress.core.user.Role;
import org.beanpress.core.user.UserRepository;
import org.beanpress.local.TestHttp;
import org.beanpress.web.TestAccounts;
import org.beanpress.web.WebTierTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;

@WebTierTest
class AdminBootstrapTests {

	@Value("${local.server.port}")
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	UserRepository users;

	@Autowired
	PasswordEncoder passwords;

	TestHttp http;

	@BeforeEach
	void client() {
		http = new TestHttp("http://localhost:" + port);
	}

	private AdminBootstrap bootstrap(String username, String password) {
		return new AdminBootstrap(accounts, new SecurityProperties(username, password, Duration.ofDays(1)));
	}

	@Test
	void shouldRefuseToStartRatherThanTurnAnAuthorAndItsTokensIntoAnAdmin() {
		var author = TestAccounts.signUp(http, "mallory", Role.AUTHOR);

		assertThatThrownBy(() -> bootstrap(author.username().toUpperCase(), "the operator's password").run(null))
			.isInstanceOf(AdminBootstrapException.class)
			.hasMessageContaining("beanpress.security.admin-username '" + author.username() + "'")
			.hasMessageContaining("existing AUTHOR account")
			.hasMessageContaining("never made an admin");

		var user = users.findByUsername(author.username()).orElseThrow();
		assertThat(user.role()).isEqualTo(Role.AUTHOR);
		assertThat(passwords.matches(author.password(), user.passwordHash())).isTrue();
		assertThat(http.get("/api/admin/queues", author.bearer()).status()).isEqualTo(403);
	}

	@Test
	void shouldCompareNamesExactlyNotThroughTheCollation() {
		var author = TestAccounts.signUp(http, "zoe", Role.AUTHOR);
		var accented = author.username().replace("zoe", "zo\u00EB");

		bootstrap(accented, "the operator's password").run(null);

		assertThat(users.findByUsername(accented).orElseThrow().role()).isEqualTo(Role.ADMIN);
		assertThat(users.findByUsername(author.username()).orElseThrow().role()).isEqualTo(Role.AUTHOR);
		assertThat(http.get("/api/admin/queues", author.bearer()).status()).isEqualTo(403);
	}

	@Test
	void shouldCreateTheAdminOnceAndLeaveItsPasswordAlone() {
		var name = TestAccounts.uniqueName("boss");
		bootstrap(name, "first password").run(null);
		var created = users.findByUsername(name).orElseThrow();

		bootstrap(name, "another password").run(null);

		var again = users.findByUsername(name).orElseThrow();
		assertThat(again.role()).isEqualTo(Role.ADMIN);
		assertThat(again.passwordHash()).isEqualTo(created.passwordHash());
		assertThat(http.postJson("/api/tokens", "", TestHttp.basic(name, "first password")).status()).isEqualTo(201);
	}

}
