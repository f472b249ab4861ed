package org.beanpress.web.system;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of HTML pages render the error page with the same sentence the API would give.
 */
@ControllerAdvice(annotations = WebPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageExceptionHandler {

	@ExceptionHandler(ErrorResponseException.class)
	ModelAndView handle(ErrorResponseException ex) {
		var page = new ModelAndView("error");
		page.setStatus(ex.getStatusCode());
		page.addObject("status", ex.getStatusCode().value());
		page.addObject("message", ex.getBody().getDetail());
		return page;
	}

}
