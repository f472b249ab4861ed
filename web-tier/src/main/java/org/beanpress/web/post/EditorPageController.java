package org.beanpress.web.post;

import jakarta.validation.Valid;

import org.beanpress.core.post.PostStatus;
import org.beanpress.web.system.ProblemException;
import org.beanpress.web.system.WebPage;
import org.beanpress.web.user.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The author's desk: their posts, and a Markdown editor for new and existing ones. */
@Controller
@WebPage
class EditorPageController {

	private final PostService posts;

	EditorPageController(PostService posts) {
		this.posts = posts;
	}

	@GetMapping("/editor")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("posts", posts.byAuthor(user));
		return "editor-list";
	}

	@GetMapping("/editor/new")
	String newPost(Model model) {
		model.addAttribute("form", new PostRequest("", "", PostStatus.DRAFT, null, null));
		model.addAttribute("postId", null);
		return "editor-form";
	}

	@PostMapping("/editor/new")
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") PostRequest form,
			BindingResult errors, Model model) {
		if (errors.hasErrors()) {
			model.addAttribute("postId", null);
			return "editor-form";
		}
		var post = posts.create(user, form);
		return "redirect:/editor/" + post.id() + "?saved";
	}

	@GetMapping("/editor/{id}")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		var post = posts.manageable(user, id);
		model.addAttribute("form",
				new PostRequest(post.title(), post.markdown(), post.status(), post.version(), post.featuredMediaId()));
		model.addAttribute("postId", id);
		model.addAttribute("slug", post.slug());
		return "editor-form";
	}

	@PostMapping("/editor/{id}")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") PostRequest form, BindingResult errors, Model model) {
		model.addAttribute("postId", id);
		if (errors.hasErrors()) {
			return "editor-form";
		}
		try {
			posts.update(user, id, form);
		}
		catch (ProblemException ex) {
			if (ex.getStatusCode().value() != 409) {
				throw ex;
			}
			errors.reject("conflict", ex.getBody().getDetail());
			return "editor-form";
		}
		return "redirect:/editor/" + id + "?saved";
	}

	@PostMapping("/editor/{id}/delete")
	String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		posts.delete(user, id);
		return "redirect:/editor?deleted";
	}

}
