package org.beanpress.web.media;

import org.beanpress.core.media.MediaProperties;
import org.beanpress.web.system.WebPage;
import org.beanpress.web.user.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The author's media library; uploads go to the API from the page's script, with a
 * progress bar.
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

}
