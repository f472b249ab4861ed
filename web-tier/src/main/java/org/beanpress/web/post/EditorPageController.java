package org.beanpress.web.post;

import java.util.List;

import jakarta.validation.Valid;

import org.beanpress.core.post.PostStatus;
import org.beanpress.core.taxonomy.Term;
import org.beanpress.web.system.ProblemException;
import org.beanpress.web.system.WebPage;
import org.beanpress.web.taxonomy.TaxonomyService;
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

	private final TaxonomyService taxonomy;

	EditorPageController(PostService posts, TaxonomyService taxonomy) {
		this.posts = posts;
		this.taxonomy = taxonomy;
	}

	/** The categories the form offers, each subcategory after its parent. */
	@ModelAttribute("allCategories")
	List<Term> allCategories() {
		return taxonomy.categoryTree();
	}

	@GetMapping("/editor")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("posts", posts.byAuthor(user));
		return "editor-list";
	}

	@GetMapping("/editor/new")
	String newPost(Model model) {
		model.addAttribute("form", new PostRequest("", "", PostStatus.DRAFT, null, List.of(), List.of()));
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
		try {
			var post = posts.create(user, form);
			return "redirect:/editor/" + post.id() + "?saved";
		}
		catch (ProblemException ex) {
			model.addAttribute("postId", null);
			return refused(ex, errors);
		}
	}

	@GetMapping("/editor/{id}")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		var post = posts.manageable(user, id);
		var terms = taxonomy.termsOf(id);
		model.addAttribute("form", new PostRequest(post.title(), post.markdown(), post.status(), post.version(),
				terms.categorySlugs(), terms.tags().stream().map(Term::name).toList()));
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
			return refused(ex, errors);
		}
		return "redirect:/editor/" + id + "?saved";
	}

	/**
	 * Shows a refused save (a stale version, an unknown category, a tag without letters)
	 * on the form, with what the author typed; anything else goes to the error page.
	 */
	private static String refused(ProblemException ex, BindingResult errors) {
		var status = ex.getStatusCode().value();
		if (status != 409 && status != 400) {
			throw ex;
		}
		errors.reject("refused", ex.getBody().getDetail());
		return "editor-form";
	}

	@PostMapping("/editor/{id}/delete")
	String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		posts.delete(user, id);
		return "redirect:/editor?deleted";
	}

}
