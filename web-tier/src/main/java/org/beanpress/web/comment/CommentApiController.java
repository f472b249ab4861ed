package org.beanpress.web.comment;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.beanpress.core.comment.CommentStatus;
import org.beanpress.web.user.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Comments on posts and their moderation. Posting needs no CSRF token without a browser
 * session (the cached post page's script sends none); with one, the token the signed-in
 * page carries.
 */
@RestController
@Tag(name = "Comments")
class CommentApiController {

	private final CommentService comments;

	CommentApiController(CommentService comments) {
		this.comments = comments;
	}

	@Operation(summary = "Comments on a published post: from an account, or anonymous with name and email when "
			+ "beanpress.comments.anonymous is on (401 when off). parentId answers a top-level comment of the same "
			+ "post (a reply to a reply is a 400). A new commenter's first comment is PENDING until a moderator "
			+ "approves it. 404: no such published post; 403: comments closed; 400: empty, too long, bad parent, "
			+ "or the honeypot field 'website' filled; 422: too many links; 429: too many from this address")
	@PostMapping("/api/posts/{id}/comments")
	ResponseEntity<CommentView> post(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody CommentRequest request) {
		var comment = comments.post(user, id, request);
		return ResponseEntity.status(HttpStatus.CREATED).body(CommentView.of(comment, false));
	}

	@Operation(summary = "A post's approved comments, top-level ones each followed by their replies; every comment "
			+ "with its status and anonymous commenters' emails for the post's author, editors and admins")
	@GetMapping("/api/posts/{id}/comments")
	CommentListView list(@AuthenticationPrincipal CurrentUser viewer, @PathVariable long id) {
		return CommentListView.of(comments.list(viewer, id));
	}

	@Operation(summary = "Closes (closed: true) or reopens comments on a post: its author, editors and admins. "
			+ "Comments also close by themselves beanpress.comments.close-after the publication")
	@PutMapping("/api/posts/{id}/comments/settings")
	CommentListView settings(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody CommentSettingsRequest request) {
		return CommentListView.of(comments.close(user, id, request.closed()));
	}

	@Operation(summary = "Approves a comment (status APPROVED) or marks it as spam (SPAM): the post's author, "
			+ "editors and admins (else 403). The post page is re-rendered into the cache")
	@PatchMapping("/api/comments/{id}")
	CommentView moderate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody CommentStatusRequest request) {
		return CommentView.of(comments.moderate(user, id, request.status()), true);
	}

	@Operation(summary = "Deletes a comment and its replies: the post's author, editors and admins (else 403)")
	@DeleteMapping("/api/comments/{id}")
	ResponseEntity<Void> delete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		comments.delete(user, id);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "The moderation queue: comments of one status (PENDING by default), oldest first, 50 a "
			+ "page (follow next); every post's for editors and admins, their own posts' for authors")
	@GetMapping("/api/comments")
	CommentQueueView queue(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(defaultValue = "PENDING") CommentStatus status,
			@RequestParam(defaultValue = "0") long after) {
		var queue = comments.queue(user, status, after);
		return new CommentQueueView(queue.comments().stream().map(comment -> CommentView.of(comment, true)).toList(),
				queue.next().map(next -> "/api/comments?status=" + status + "&after=" + next).orElse(null));
	}

	record CommentListView(long postId, boolean open, List<CommentView> comments) {

		static CommentListView of(CommentService.Listing listing) {
			return new CommentListView(listing.post().id(), listing.open(),
					listing.comments().stream().map(comment -> CommentView.of(comment, listing.moderator())).toList());
		}

	}

	record CommentQueueView(List<CommentView> comments, String next) {
	}

}
