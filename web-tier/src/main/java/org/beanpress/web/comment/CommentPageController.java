package org.beanpress.web.comment;

import org.beanpress.core.comment.CommentStatus;
import org.beanpress.web.system.ProblemException;
import org.beanpress.web.system.WebPage;
import org.beanpress.web.user.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The moderation pages: the queue (every post's comments for editors and admins, their
 * own posts' for authors) and one post's comments with the switch that closes them. Each
 * action is a form (with CSRF) doing what the API does.
 */
@Controller
@WebPage
class CommentPageController {

	/** What a moderation form may ask for, besides a status. */
	private static final String DELETE = "DELETE";

	private final CommentService comments;

	CommentPageController(CommentService comments) {
		this.comments = comments;
	}

	@GetMapping("/editor/comments")
	String queue(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(defaultValue = "PENDING") CommentStatus status, @RequestParam(defaultValue = "0") long after,
			Model model) {
		var queue = comments.queue(user, status, after);
		model.addAttribute("status", status);
		model.addAttribute("comments", queue.comments());
		model.addAttribute("next", queue.next().orElse(null));
		model.addAttribute("post", null);
		return "editor-comments";
	}

	@GetMapping("/editor/{id}/comments")
	String post(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		var listing = comments.list(user, comments.moderatedPost(user, id).id());
		model.addAttribute("post", listing.post());
		model.addAttribute("open", listing.open());
		model.addAttribute("closedByHand", comments.closedByHand(id));
		model.addAttribute("comments", listing.comments());
		model.addAttribute("next", null);
		return "editor-comments";
	}

	@PostMapping("/editor/{id}/comments")
	String close(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam boolean closed) {
		comments.close(user, id, closed);
		return "redirect:/editor/" + id + "/comments";
	}

	/**
	 * {@code action} is APPROVED, SPAM or DELETE; back to the page the form was on
	 * ({@code back}: a post's comments, else the queue).
	 */
	@PostMapping("/editor/comments/{id}")
	String moderate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam String action,
			@RequestParam(required = false) Long back) {
		if (DELETE.equals(action)) {
			comments.delete(user, id);
		}
		else {
			comments.moderate(user, id, status(action));
		}
		return back == null ? "redirect:/editor/comments?done" : "redirect:/editor/" + back + "/comments";
	}

	private static CommentStatus status(String action) {
		try {
			return CommentStatus.valueOf(action);
		}
		catch (IllegalArgumentException ex) {
			throw ProblemException.badRequest("action must be APPROVED, SPAM or DELETE");
		}
	}

}
