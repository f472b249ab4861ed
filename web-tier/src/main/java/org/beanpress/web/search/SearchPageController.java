package org.beanpress.web.search;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.beanpress.web.post.PageRenderer;
import org.beanpress.web.system.WebPage;
import org.beanpress.web.user.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page, for everyone alike (published posts only). Rendered for every request
 * and never put in the page cache: queries are unbounded in number, and one search is a
 * single bounded query.
 */
@Controller
@WebPage
class SearchPageController {

	private final SearchService search;

	private final PageRenderer renderer;

	SearchPageController(SearchService search, PageRenderer renderer) {
		this.search = search;
		this.renderer = renderer;
	}

	@GetMapping("/search")
	ResponseEntity<String> search(@RequestParam(required = false) String q, @RequestParam(required = false) String page,
			@AuthenticationPrincipal CurrentUser viewer, HttpServletRequest request, HttpServletResponse response) {
		var results = search.search(q, page);
		var model = Map.<String, Object>of("searchQuery", q == null ? "" : q, "results", results, "next",
				SearchService.next("/search", q, results).orElse(""), "viewer", Optional.ofNullable(viewer));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
			.header("X-Page-Cache", "BYPASS")
			.body(renderer.render("search", model, request, response));
	}

}
