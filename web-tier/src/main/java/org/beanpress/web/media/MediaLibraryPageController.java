package org.beanpress.web.media;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.beanpress.core.media.MediaProperties;
import org.beanpress.web.system.ProblemException;
import org.beanpress.web.system.WebPage;
import org.beanpress.web.user.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The author's media library; uploads go to the API from the page's script, with a
 * progress bar. Alt text and caption are edited inline (the script sends them to the API;
 * without it the forms post here), and media is deleted here.
 */
@Controller
@WebPage
class MediaLibraryPageController {

	private final MediaService media;

	private final MediaProperties limits;

	MediaLibraryPageController(MediaService media, MediaProperties limits) {
		this.media = media;
		this.limits = limits;
	}

	@GetMapping("/library")
	String library(@AuthenticationPrincipal CurrentUser owner, Model model) {
		model.addAttribute("items", media.library(owner, Long.MAX_VALUE, 100).stream().map(media::view).toList());
		model.addAttribute("maxUploadBytes", limits.maxUploadSize().toBytes());
		return "library";
	}

	@PostMapping("/library/{id}")
	ModelAndView updateText(@AuthenticationPrincipal CurrentUser owner, @PathVariable long id,
			@Valid @ModelAttribute MediaTextRequest request, BindingResult errors, Model model) {
		if (errors.hasErrors()) {
			var error = errors.getFieldErrors().get(0);
			return refused(owner, model, HttpStatus.BAD_REQUEST, error.getField() + ": " + error.getDefaultMessage(),
					List.of());
		}
		media.updateText(owner, id, request);
		return new ModelAndView("redirect:/library?saved");
	}

	@PostMapping("/library/{id}/delete")
	ModelAndView delete(@AuthenticationPrincipal CurrentUser owner, @PathVariable long id, Model model) {
		try {
			media.delete(owner, id);
		}
		catch (ProblemException ex) {
			if (ex.getStatusCode().value() != HttpStatus.CONFLICT.value()) {
				throw ex;
			}
			var properties = ex.getBody().getProperties();
			return refused(owner, model, HttpStatus.CONFLICT, ex.getBody().getDetail(),
					(properties == null) ? List.of() : (List<?>) properties.get("posts"));
		}
		return new ModelAndView("redirect:/library?deleted");
	}

	/** The library again, saying why the change was refused (and which posts hold it). */
	private ModelAndView refused(CurrentUser owner, Model model, HttpStatus status, String message, List<?> posts) {
		library(owner, model);
		var page = new ModelAndView("library", Map.of("error", message, "blockingPosts", posts));
		page.addAllObjects(model.asMap());
		page.setStatus(status);
		return page;
	}

}
