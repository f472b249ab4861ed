package org.beanpress.web.post;

import java.util.Optional;

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
 * The editor's history pages: a post's revisions with the diff of any two and a restore
 * button each, and discarding an autosaved copy the editor offered.
 */
@Controller
@WebPage
class RevisionPageController {

	private final PostService posts;

	private final RevisionService revisions;

	private final AutosaveService autosaves;

	RevisionPageController(PostService posts, RevisionService revisions, AutosaveService autosaves) {
		this.posts = posts;
		this.revisions = revisions;
		this.autosaves = autosaves;
	}

	/**
	 * Compares {@code from} with {@code to}; without them, the newest revision with the
	 * one before it.
	 */
	@GetMapping("/editor/{id}/revisions")
	String revisions(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) Long from, @RequestParam(required = false) Long to, Model model) {
		var post = posts.manageable(user, id);
		var all = revisions.list(user, id);
		var toId = Optional.ofNullable(to).or(() -> all.stream().findFirst().map(revision -> revision.id()));
		var fromId = Optional.ofNullable(from)
			.or(() -> all.stream().skip(1).findFirst().map(revision -> revision.id()));
		model.addAttribute("post", post);
		model.addAttribute("revisions", all);
		model.addAttribute("comparison",
				fromId.isPresent() && toId.isPresent() ? revisions.compare(user, id, fromId.get(), toId.get()) : null);
		return "editor-revisions";
	}

	@PostMapping("/editor/{id}/revisions/{revisionId}/restore")
	String restore(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long revisionId) {
		revisions.restore(user, id, revisionId);
		return "redirect:/editor/" + id + "/revisions?restored";
	}

	@PostMapping("/editor/{id}/autosave/discard")
	String discard(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		autosaves.discard(user, Optional.of(id));
		return "redirect:/editor/" + id;
	}

	@PostMapping("/editor/new/autosave/discard")
	String discardNew(@AuthenticationPrincipal CurrentUser user) {
		autosaves.discard(user, Optional.empty());
		return "redirect:/editor/new";
	}

}
