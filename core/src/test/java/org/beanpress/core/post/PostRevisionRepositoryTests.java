package org.beanpress.core.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

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

/** Revisions and autosaved copies against MariaDB, with the Flyway schema. */
@NeedsServices
@SpringBootTest
@ContextConfiguration(initializers = EmbeddedServices.class)
class PostRevisionRepositoryTests {

	@Autowired
	PostRepository posts;

	@Autowired
	PostRevisionRepository revisions;

	@Autowired
	PostAutosaveRepository autosaves;

	@Autowired
	UserRepository users;

	@Autowired
	JdbcClient jdbc;

	User author;

	@BeforeEach
	void author() {
		author = users.create("rev-" + System.nanoTime(), "$2a$10$hash", Role.AUTHOR);
	}

	@Test
	void shouldListRevisionsNewestFirstWithWhoSavedThem() {
		var id = post();
		var editor = users.create("editor-" + System.nanoTime(), "$2a$10$hash", Role.ADMIN);
		revisions.record(id, author.id(), "First", "one");
		revisions.record(id, editor.id(), "Second", "two");

		var list = revisions.findByPost(id);

		assertThat(list).extracting(PostRevision::title).containsExactly("Second", "First");
		assertThat(list).extracting(PostRevision::authorName).containsExactly(editor.username(), author.username());
		assertThat(list.get(0).createdAt()).isNotNull();
	}

	@Test
	void shouldNotFindARevisionThroughAnotherPost() {
		var mine = post();
		var other = post();
		revisions.record(other, author.id(), "Other", "x");
		var revisionOfOther = revisions.findByPost(other).get(0).id();

		assertThat(revisions.find(other, revisionOfOther)).isPresent();
		assertThat(revisions.find(mine, revisionOfOther)).isEmpty();
	}

	@Test
	void shouldPruneAllButTheNewestRevisionsOfEachPost() {
		var crowded = post();
		var small = post();
		for (int i = 0; i < 30; i++) {
			revisions.record(crowded, author.id(), "Edit " + i, "text " + i);
		}
		revisions.record(small, author.id(), "Only", "x");
		jdbc.sql("DELETE FROM post_revisions WHERE post_id NOT IN (?, ?)").params(crowded, small).update();

		assertThat(revisions.prune(25)).isEqualTo(5);
		assertThat(revisions.prune(25)).as("nothing left to prune").isZero();

		assertThat(revisions.findByPost(crowded)).hasSize(25)
			.first()
			.extracting(PostRevision::title)
			.isEqualTo("Edit 29");
		assertThat(revisions.findByPost(crowded).get(24).title()).isEqualTo("Edit 5");
		assertThat(revisions.findByPost(small)).hasSize(1);
	}

	@Test
	void shouldKeepOneAutosavedCopyPerUserAndPostAndOneForANewPost() {
		var id = post();
		var other = users.create("other-" + System.nanoTime(), "$2a$10$hash", Role.ADMIN);

		autosaves.save(author.id(), Optional.of(id), "T1", "first", 0);
		autosaves.save(author.id(), Optional.of(id), "T2", "second", 0);
		autosaves.save(author.id(), Optional.empty(), "New", "unsaved", null);
		autosaves.save(other.id(), Optional.of(id), "Theirs", "x", 0);

		var mine = autosaves.find(author.id(), Optional.of(id)).orElseThrow();
		assertThat(mine.markdown()).isEqualTo("second");
		assertThat(mine.postId()).isEqualTo(id);
		assertThat(mine.baseVersion()).isZero();
		assertThat(autosaves.find(author.id(), Optional.empty()).orElseThrow().markdown()).isEqualTo("unsaved");
		assertThat(autosaves.find(other.id(), Optional.of(id)).orElseThrow().title()).isEqualTo("Theirs");

		assertThat(autosaves.delete(author.id(), Optional.of(id))).isTrue();
		assertThat(autosaves.find(author.id(), Optional.of(id))).isEmpty();
		assertThat(autosaves.find(author.id(), Optional.empty())).isPresent();
	}

	@Test
	void shouldDropRevisionsAndAutosavesWithTheirPost() {
		var id = post();
		revisions.record(id, author.id(), "T", "x");
		autosaves.save(author.id(), Optional.of(id), "T", "x", 0);

		posts.delete(id);

		assertThat(revisions.findByPost(id)).isEmpty();
		assertThat(autosaves.find(author.id(), Optional.of(id))).isEmpty();
	}

	private long post() {
		return posts.insert("rev-" + System.nanoTime(), author.id(),
				new PostContent("T", "x", "<p>x</p>", "x", PostStatus.DRAFT));
	}

}
