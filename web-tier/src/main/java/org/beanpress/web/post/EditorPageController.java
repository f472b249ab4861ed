package org.beanpress.web.post;

import java.time.Instant;
import java.util.Optional;
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
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The author's desk: their posts, and a Markdown editor for new and existing ones. */
@Controller
@WebPage
class EditorPageController {

	private final PostService posts;

	private final AutosaveService autosaves;

	private final TaxonomyService taxonomy;

	EditorPageController(PostService posts, AutosaveService autosaves, TaxonomyService taxonomy) {
		this.posts = posts;
		this.autosaves = autosaves;
		this.taxonomy = taxonomy;
	}

	@InitBinder
	void publishAtAsUtcLocalTime(WebDataBinder binder) {
		binder.registerCustomEditor(Instant.class, new UtcDateTimeEditor());
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

	/** With {@code ?autosave}, the form holds the autosaved text instead. */
	@GetMapping("/editor/new")
	String newPost(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String autosave,
			Model model) {
		var copy = autosaves.newerThan(user, Optional.empty());
		model.addAttribute("form",
				copy.filter(found -> autosave != null)
					.map(found -> PostRequest.blank().withText(found.title(), found.markdown(), null))
					.orElseGet(PostRequest::blank));
		model.addAttribute("autosave", copy.filter(found -> autosave == null).orElse(null));
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

	/**
	 * With {@code ?autosave}, the form holds the autosaved text and the version it was
	 * edited from, so saving it over someone else's later edit still answers 409.
	 */
	@GetMapping("/editor/{id}")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String autosave, Model model) {
		var post = posts.manageable(user, id);
		var copy = autosaves.newerThan(user, Optional.of(post));
		var stored = PostRequest.of(post, taxonomy.termsOf(id));
		model.addAttribute("form",
				copy.filter(found -> autosave != null)
					.map(found -> stored.withText(found.title(), found.markdown(), found.baseVersion()))
					.orElse(stored));
		model.addAttribute("autosave", copy.filter(found -> autosave == null).orElse(null));
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
