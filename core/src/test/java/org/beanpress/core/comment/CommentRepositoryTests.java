package org.beanpress.core.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.beanpress.core.post.PostContent;
import org.beanpress.core.post.PostRepository;
import org.beanpress.core.post.PostStatus;
import org.beanpress.core.user.Role;
import org.beanpress.core.user.User;
import org.beanpress.core.user.UserRepository;
import org.beanpress.local.EmbeddedServices;
import org.beanpress.local.NeedsServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/** The comment repository against MariaDB, with the Flyway schema (V13). */
@NeedsServices
@SpringBootTest
@ContextConfiguration(initializers = EmbeddedServices.class)
class CommentRepositoryTests {

	@Autowired
	CommentRepository comments;

	@Autowired
	PostRepository posts;

	@Autowired
	UserRepository users;

	@Autowired
	JdbcClient jdbc;

	User author;

	User reader;

	long post;

	@BeforeEach
	void post() {
		jdbc.sql("DELETE FROM comments").update();
		author = users.create("cauthor-" + System.nanoTime(), "$2a$10$hash", Role.AUTHOR);
		reader = users.create("creader-" + System.nanoTime(), "$2a$10$hash", Role.CONTRIBUTOR);
		post = posts.insert("commented-" + System.nanoTime(), author.id(),
				new PostContent("Commented", "md", "<p>md</p>", "md", PostStatus.PUBLISHED, null));
	}

	@Test
	void shouldStoreAnAccountsCommentUnderItsUsernameAndAnAnonymousOneUnderItsNameAndEmail() {
		var member = comments.insert(comment(null, reader.id(), null, null, CommentStatus.APPROVED));
		var guest = comments.insert(comment(null, null, "Ann", "ann@example.com", CommentStatus.PENDING));

		var byMember = comments.findById(member).orElseThrow();
		var byGuest = comments.findById(guest).orElseThrow();

		assertThat(byMember.authorName()).isEqualTo(reader.username());
		assertThat(byMember.authorEmail()).isNull();
		assertThat(byMember.postTitle()).isEqualTo("Commented");
		assertThat(byGuest.authorName()).isEqualTo("Ann");
		assertThat(byGuest.authorEmail()).isEqualTo("ann@example.com");
		assertThat(byGuest.status()).isEqualTo(CommentStatus.PENDING);
		assertThat(byGuest.createdAt()).isNotNull();
	}

	@Test
	void shouldListAPostsApprovedCommentsOldestFirst() {
		var first = comments.insert(comment(null, reader.id(), null, null, CommentStatus.APPROVED));
		comments.insert(comment(null, null, "Spammer", "s@example.com", CommentStatus.SPAM));
		var reply = comments.insert(comment(first, author.id(), null, null, CommentStatus.APPROVED));
		comments.insert(comment(null, null, "New", "new@example.com", CommentStatus.PENDING));

		assertThat(comments.findByPost(post, CommentStatus.APPROVED, 10)).extracting(Comment::id)
			.containsExactly(first, reply);
		assertThat(comments.findAllByPost(post, 10)).hasSize(4);
	}

	@Test
	void shouldPageTheModerationQueueOldestFirstAndOnlyThroughAnAuthorsOwnPostsForAnAuthor() {
		var otherPost = posts.insert("other-" + System.nanoTime(), reader.id(),
				new PostContent("Other", "md", "<p>md</p>", "md", PostStatus.PUBLISHED, null));
		var a = comments.insert(comment(null, null, "A", "a@example.com", CommentStatus.PENDING));
		var b = comments.insert(
				new NewComment(otherPost, null, null, "B", "b@example.com", "b", "<p>b</p>", CommentStatus.PENDING));
		var c = comments.insert(comment(null, null, "C", "c@example.com", CommentStatus.PENDING));
		comments.insert(comment(null, null, "D", "d@example.com", CommentStatus.APPROVED));

		var firstPage = comments.findByStatus(CommentStatus.PENDING, Optional.empty(), 0, 2);
		var secondPage = comments.findByStatus(CommentStatus.PENDING, Optional.empty(), firstPage.get(1).id(), 2);

		assertThat(firstPage).extracting(Comment::id).containsExactly(a, b);
		assertThat(secondPage).extracting(Comment::id).containsExactly(c);
		assertThat(comments.findByStatus(CommentStatus.PENDING, Optional.of(author.id()), 0, 10))
			.extracting(Comment::id)
			.containsExactly(a, c);
	}

	@Test
	void shouldKnowWhetherACommenterHasAnApprovedCommentByAccountOrByEmail() {
		comments.insert(comment(null, reader.id(), null, null, CommentStatus.PENDING));
		comments.insert(comment(null, null, "Ann", "ann@example.com", CommentStatus.APPROVED));

		assertThat(comments.hasApprovedByAuthor(reader.id())).isFalse();
		assertThat(comments.hasApprovedByEmail("ann@example.com")).isTrue();
		assertThat(comments.hasApprovedByEmail("bob@example.com")).isFalse();

		comments.insert(comment(null, reader.id(), null, null, CommentStatus.APPROVED));
		assertThat(comments.hasApprovedByAuthor(reader.id())).isTrue();
	}

	@Test
	void shouldCountOnlyApprovedCommentsPerPost() {
		var quiet = posts.insert("quiet-" + System.nanoTime(), author.id(),
				new PostContent("Quiet", "md", "<p>md</p>", "md", PostStatus.PUBLISHED, null));
		comments.insert(comment(null, reader.id(), null, null, CommentStatus.APPROVED));
		comments.insert(comment(null, reader.id(), null, null, CommentStatus.APPROVED));
		comments.insert(comment(null, null, "S", "s@example.com", CommentStatus.SPAM));

		assertThat(comments.countApproved(List.of(post, quiet))).containsExactly(Map.entry(post, 2));
		assertThat(comments.countApproved(List.of())).isEmpty();
	}

	@Test
	void shouldDeleteARepliesWithTheirCommentAndCommentsWithTheirPost() {
		var top = comments.insert(comment(null, reader.id(), null, null, CommentStatus.APPROVED));
		var reply = comments.insert(comment(top, author.id(), null, null, CommentStatus.APPROVED));
		var other = comments.insert(comment(null, reader.id(), null, null, CommentStatus.APPROVED));

		assertThat(comments.delete(top)).isTrue();
		assertThat(comments.findById(reply)).isEmpty();
		assertThat(comments.findById(other)).isPresent();

		posts.delete(post);
		assertThat(comments.findById(other)).isEmpty();
	}

	@Test
	void shouldCloseAndReopenCommentsOnAPost() {
		assertThat(comments.closedByHand(post)).isFalse();

		comments.setClosedByHand(post, true);
		assertThat(comments.closedByHand(post)).isTrue();

		comments.setClosedByHand(post, false);
		assertThat(comments.closedByHand(post)).isFalse();
	}

	@Test
	void shouldChangeAStatus() {
		var id = comments.insert(comment(null, null, "Ann", "ann2@example.com", CommentStatus.PENDING));

		assertThat(comments.setStatus(id, CommentStatus.APPROVED)).isTrue();

		assertThat(comments.findById(id).orElseThrow().status()).isEqualTo(CommentStatus.APPROVED);
		assertThat(comments.setStatus(id + 1000, CommentStatus.APPROVED)).isFalse();
	}

	private NewComment comment(Long parentId, Long authorId, String name, String email, CommentStatus status) {
		return new NewComment(post, parentId, authorId, name, email, "Nice post", "<p>Nice post</p>", status);
	}

}
