package org.beanpress.web.post;

import org.beanpress.core.post.PostStatus;
import org.beanpress.web.system.WebPage;
import org.beanpress.web.user.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The review workflow's pages: an author's "Submit for review" button, and the editors'
 * list of pending posts with a button to publish each or send it back.
 */
@Controller
@WebPage
class ReviewPageController {

	private final PostService posts;

	ReviewPageController(PostService posts) {
		this.posts = posts;
	}

	@PostMapping("/editor/{id}/submit")
	String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		posts.submit(user, id);
		return "redirect:/editor/" + id + "?submitted";
	}

	@GetMapping("/review")
	String pending(Model model) {
		model.addAttribute("posts", posts.pendingReview());
		return "review";
	}

	@PostMapping("/review/{id}/publish")
	String publish(@AuthenticationPrincipal CurrentUser editor, @PathVariable long id) {
		posts.review(editor, id, PostStatus.PUBLISHED);
		return "redirect:/review?published=" + id;
	}

	@PostMapping("/review/{id}/return")
	String sendBack(@AuthenticationPrincipal CurrentUser editor, @PathVariable long id) {
		posts.review(editor, id, PostStatus.DRAFT);
		return "redirect:/review?returned=" + id;
	}

}
