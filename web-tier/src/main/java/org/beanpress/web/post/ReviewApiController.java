package org.beanpress.web.post;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.beanpress.core.post.Post;
import org.beanpress.core.taxonomy.PostTerms;
import org.beanpress.web.taxonomy.TaxonomyService;
import org.beanpress.web.user.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review workflow: DRAFT -> PENDING_REVIEW (submit) -> PUBLISHED or SCHEDULED (an
 * editor saves it so with PUT /api/posts/{id}) or back to DRAFT.
 */
@RestController
class ReviewApiController {

	private final PostService posts;

	private final TaxonomyService taxonomy;

	ReviewApiController(PostService posts, TaxonomyService taxonomy) {
		this.posts = posts;
		this.taxonomy = taxonomy;
	}

	@Operation(summary = "Submits a draft for review (its author, or an editor)",
			description = "The post becomes PENDING_REVIEW and shows in the editors' review list. An editor"
					+ " approves it with PUT /api/posts/{id} and status PUBLISHED or SCHEDULED, or sends it"
					+ " back with status DRAFT. Submitting a pending post again changes nothing.")
	@ApiResponse(responseCode = "200", description = "The post, now PENDING_REVIEW")
	@ApiResponse(responseCode = "403", description = "Not the post's author nor an editor",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "404", description = "No such post",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "The post is published or scheduled already",
			content = @Content(mediaType = "application/problem+json"))
	@PostMapping("/api/posts/{id}/submit")
	PostView submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		var post = posts.submit(user, id);
		return PostView.of(post, taxonomy.termsOf(post.id()));
	}

	@Operation(summary = "Posts pending review, the longest waiting first (editors and admins)",
			description = "At most 100. Approve one with PUT /api/posts/{id} and status PUBLISHED or SCHEDULED.")
	@ApiResponse(responseCode = "403", description = "Not an editor or admin",
			content = @Content(mediaType = "application/problem+json"))
	@GetMapping("/api/review")
	List<PostView> pending() {
		var pending = posts.pendingReview();
		var terms = taxonomy.termsOf(pending.stream().map(Post::id).toList());
		return pending.stream().map(post -> PostView.of(post, terms.getOrDefault(post.id(), PostTerms.NONE))).toList();
	}

}
