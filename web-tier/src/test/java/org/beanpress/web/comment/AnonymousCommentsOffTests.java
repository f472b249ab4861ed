package org.beanpress.web.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beanpress.web.comment.CommentFixtures.anonymous;
import static org.beanpress.web.comment.CommentFixtures.body;
import static org.beanpress.web.comment.CommentFixtures.comment;

import org.beanpress.local.TestHttp;
import org.beanpress.web.TestAccounts;
import org.beanpress.web.WebTierTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

/** With beanpress.comments.anonymous=false, only accounts comment. */
@WebTierTest
@TestPropertySource(properties = "beanpress.comments.anonymous=false")
class AnonymousCommentsOffTests {

	@Value("${local.server.port}")
	int port;

	@Test
	void shouldRefuseAnAnonymousCommentAndOfferTheLogInInstead() {
		var http = new TestHttp("http://localhost:" + port);
		var author = TestAccounts.signUp(http, "members");
		var post = CommentFixtures.post(http, author, "PUBLISHED");
		var id = post.get("id").asLong();

		var anonymousComment = comment(http, id, anonymous("Hi", "Ann", "ann@example.com"));
		var memberComment = comment(http, id, body("Hi"), author.bearer());
		var page = new TestHttp("http://localhost:" + port).get("/posts/" + post.get("slug").asString());

		assertThat(anonymousComment.status()).isEqualTo(401);
		assertThat(anonymousComment.json().get("detail").asString()).contains("Log in to comment");
		assertThat(memberComment.status()).isEqualTo(201);
		assertThat(page.body()).contains("to comment.").doesNotContain("id=\"comment-form\"");
	}

}
