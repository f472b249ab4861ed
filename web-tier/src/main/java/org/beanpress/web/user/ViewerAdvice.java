package org.beanpress.web.user;

import java.util.Optional;

import org.beanpress.web.system.WebPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows who is looking, for the navigation. */
@ControllerAdvice(annotations = WebPage.class)
class ViewerAdvice {

	@ModelAttribute("viewer")
	Optional<CurrentUser> viewer(@AuthenticationPrincipal CurrentUser viewer) {
		return Optional.ofNullable(viewer);
	}

}
