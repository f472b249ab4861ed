package org.beanpress.web.post;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;

import org.beanpress.core.post.PostRevision;
import org.beanpress.web.taxonomy.TaxonomyService;
import org.beanpress.web.user.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A post's revisions, for its author and admins. */
@RestController
class RevisionApiController {

	private final RevisionService revisions;

	private final TaxonomyService taxonomy;

	RevisionApiController(RevisionService revisions, TaxonomyService taxonomy) {
		this.revisions = revisions;
		this.taxonomy = taxonomy;
	}

	@Operation(summary = "The post's revisions, newest first (without their Markdown)")
	@GetMapping("/api/posts/{id}/revisions")
	List<RevisionSummary> list(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return revisions.list(user, id).stream().map(RevisionSummary::of).toList();
	}

	@Operation(summary = "One revision with its title and Markdown")
	@GetMapping("/api/posts/{id}/revisions/{revisionId}")
	RevisionView show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long revisionId) {
		return RevisionView.of(revisions.revision(user, id, revisionId));
	}

	@Operation(summary = "A line diff of the Markdown of two revisions (unified, 3 lines of context)")
	@GetMapping("/api/posts/{id}/revisions/diff")
	DiffView diff(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long from,
			@RequestParam long to) {
		var comparison = revisions.compare(user, id, from, to);
		return new DiffView(RevisionSummary.of(comparison.from()), RevisionSummary.of(comparison.to()),
				comparison.lines());
	}

	@Operation(summary = "Makes a revision's title and Markdown the post's content again (a new revision)")
	@PostMapping("/api/posts/{id}/revisions/{revisionId}/restore")
	PostView restore(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long revisionId) {
		var post = revisions.restore(user, id, revisionId);
		return PostView.of(post, taxonomy.termsOf(post.id()));
	}

	record RevisionSummary(long id, long postId, String title, String author, Instant createdAt) {

		static RevisionSummary of(PostRevision revision) {
			return new RevisionSummary(revision.id(), revision.postId(), revision.title(), revision.authorName(),
					revision.createdAt());
		}

	}

	record RevisionView(long id, long postId, String title, String markdown, String author, Instant createdAt) {

		static RevisionView of(PostRevision revision) {
			return new RevisionView(revision.id(), revision.postId(), revision.title(), revision.markdown(),
					revision.authorName(), revision.createdAt());
		}

	}

	record DiffView(RevisionSummary from, RevisionSummary to, List<RevisionDiff.Line> lines) {
	}

}
