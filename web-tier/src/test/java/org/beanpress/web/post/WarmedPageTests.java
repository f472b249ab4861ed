package org.beanpress.web.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.beanpress.core.page.PublicPages;
import org.beanpress.core.user.Role;
import org.beanpress.local.TestHttp;
import org.beanpress.web.TestAccounts;
import org.beanpress.web.WebTierTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A page the worker has warmed is served from Redis alone: the database is not asked at
 * all.
 */
@WebTierTest
// the outbox relay would take database connections
// in the background while this test counts them
@TestPropertySource(properties = "beanpress.outbox.poll-interval=1h")
class WarmedPageTests {

	@Value("${local.server.port}")
	int port;

	@Autowired
	PublicPages pages;

	@Autowired
	MeterRegistry metrics;

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldServeAWarmedPostPageAndFrontPageWithoutTouchingTheDatabase() {
		var http = new TestHttp("http://localhost:" + port);
		var author = TestAccounts.signUp(http, "warm", Role.AUTHOR);
		var post = http
			.postJson("/api/posts",
					Map.of("title", "Warm " + author.username(), "markdown", "Hot off the press", "status",
							"PUBLISHED"),
					author.bearer())
			.json();
		var slug = post.get("slug").asString();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox WHERE queue = 'cache' AND body LIKE ?")
			.param("%\"postId\":" + post.get("id").asLong() + "%")
			.query(Long.class)
			.single()).as("the cache job written with the post").isOne();
		pages.warmPost(post.get("id").asLong(), slug);
		pages.warmFrontPage();
		var reader = new TestHttp("http://localhost:" + port);
		var connectionsBefore = connectionsTaken();

		var page = reader.get("/posts/" + slug);
		var front = reader.get("/");

		assertThat(page.header("X-Page-Cache")).isEqualTo("HIT");
		assertThat(page.body()).contains("Hot off the press");
		assertThat(front.header("X-Page-Cache")).isEqualTo("HIT");
		assertThat(front.body()).contains("Warm " + author.username());
		assertThat(connectionsTaken()).isEqualTo(connectionsBefore);
	}

	private long connectionsTaken() {
		return metrics.get("hikaricp.connections.acquire").timer().count();
	}

}
