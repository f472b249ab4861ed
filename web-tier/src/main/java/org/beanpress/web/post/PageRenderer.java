package org.beanpress.web.post;

import java.util.Map;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders a page template to a string, so that a page for anonymous readers can be cached
 * whole. Such pages hold no per-user data (no CSRF token, no name), which is what makes
 * them safe to share.
 */
@Component
public class PageRenderer {

	private final ITemplateEngine templates;

	private final JakartaServletWebApplication application;

	PageRenderer(ITemplateEngine templates, ServletContext servletContext) {
		this.templates = templates;
		this.application = JakartaServletWebApplication.buildApplication(servletContext);
	}

	public String render(String template, Map<String, Object> model, HttpServletRequest request,
			HttpServletResponse response) {
		var exchange = application.buildExchange(request, response);
		return templates.process(template, new WebContext(exchange, request.getLocale(), model));
	}

}
