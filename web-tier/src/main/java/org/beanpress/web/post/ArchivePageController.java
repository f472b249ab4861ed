package org.beanpress.web.post;

import java.util.HashMap;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.beanpress.core.page.Archive;
import org.beanpress.core.page.PublicPages;
import org.beanpress.core.post.PostCursor;
import org.beanpress.core.user.Usernames;
import org.beanpress.web.system.ProblemException;
import org.beanpress.web.system.WebPage;
import org.beanpress.web.user.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Archive pages: a category's, a tag's and an author's published posts, newest first,
 * paged like the front page and cached the same way (the first page, for anonymous
 * readers). An unknown category, tag or author is a 404.
 */
@Controller
@WebPage
class ArchivePageController {

	private final PublicPages publicPages;

	private final PageRenderer renderer;

	ArchivePageController(PublicPages publicPages, PageRenderer renderer) {
		this.publicPages = publicPages;
		this.renderer = renderer;
	}

	@GetMapping("/category/{slug}")
	ResponseEntity<String> category(@PathVariable String slug, @RequestParam(required = false) String before,
			@AuthenticationPrincipal CurrentUser viewer, HttpServletRequest request, HttpServletResponse response) {
		return show(Archive.Kind.CATEGORY, SlugGenerator.canonical(slug), slug, before, viewer, request, response);
	}

	@GetMapping("/tag/{slug}")
	ResponseEntity<String> tag(@PathVariable String slug, @RequestParam(required = false) String before,
			@AuthenticationPrincipal CurrentUser viewer, HttpServletRequest request, HttpServletResponse response) {
		return show(Archive.Kind.TAG, SlugGenerator.canonical(slug), slug, before, viewer, request, response);
	}

	@GetMapping("/author/{username}")
	ResponseEntity<String> author(@PathVariable String username, @RequestParam(required = false) String before,
			@AuthenticationPrincipal CurrentUser viewer, HttpServletRequest request, HttpServletResponse response) {
		return show(Archive.Kind.AUTHOR, Usernames.canonical(username), username, before, viewer, request, response);
	}

	private ResponseEntity<String> show(Archive.Kind kind, String canonical, String asRequested, String before,
			CurrentUser viewer, HttpServletRequest request, HttpServletResponse response) {
		var archive = new Archive(kind, canonical.isEmpty() ? asRequested : canonical);
		if (!archive.name().equals(asRequested)) {
			// one URL and one cache entry per archive, as for posts
			var query = request.getQueryString();
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
				.header(HttpHeaders.LOCATION, archive.path() + (query == null ? "" : "?" + query))
				.build();
		}
		var unknown = ProblemException.notFound("There is no " + kind.segment() + " '" + asRequested + "'");
		var cursor = PostCursor.decode(before);
		if (viewer == null && cursor.isEmpty()) {
			var page = publicPages.archive(archive).orElseThrow(() -> unknown);
			return PostPageController.ok(page.html(), page.fromCache() ? "HIT" : "MISS");
		}
		if (viewer == null) {
			return PostPageController.ok(publicPages.olderArchivePage(archive, cursor.get()).orElseThrow(() -> unknown),
					"BYPASS");
		}
		var model = new HashMap<>(publicPages.archiveModel(archive, cursor).orElseThrow(() -> unknown));
		model.put("viewer", Optional.of(viewer));
		return PostPageController.ok(renderer.render("index", model, request, response), "BYPASS");
	}

}
