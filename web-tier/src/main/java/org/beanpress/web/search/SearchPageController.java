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
 * The search page, for everyone alike (published posts only). Anonymous readers get it
 * from {@link SearchPages} when the same search was made lately on this instance;
 * signed-in users get it rendered for them (their name is in the header).
 */
@Controller
@WebPage
class SearchPageController {

	private final SearchService search;

	private final PageRenderer renderer;

	private final SearchPages pages;

	SearchPageController(SearchService search, PageRenderer renderer, SearchPages pages) {
		this.search = search;
		this.renderer = renderer;
		this.pages = pages;
	}

	@GetMapping("/search")
	ResponseEntity<String> search(@RequestParam(required = false) String q, @RequestParam(required = false) String page,
			@AuthenticationPrincipal CurrentUser viewer, HttpServletRequest request, HttpServletResponse response) {
		if (viewer != null) {
			return ok(render(q, page, Optional.of(viewer), request, response), "BYPASS");
		}
		var key = pages.key(q, page);
		var cached = pages.get(key);
		if (cached.isPresent()) {
			return ok(cached.get(), "HIT");
		}
		var html = render(q, page, Optional.empty(), request, response);
		pages.put(key, html);
		return ok(html, "MISS");
	}

	private String render(String q, String page, Optional<CurrentUser> viewer, HttpServletRequest request,
			HttpServletResponse response) {
		var results = search.search(q, page);
		var model = Map.<String, Object>of("searchQuery", q == null ? "" : q, "results", results, "next",
				SearchService.next("/search", q, results).orElse(""), "viewer", viewer);
		return renderer.render("search", model, request, response);
	}

	private static ResponseEntity<String> ok(String html, String cacheStatus) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
			.header("X-Page-Cache", cacheStatus)
			.body(html);
	}

}
