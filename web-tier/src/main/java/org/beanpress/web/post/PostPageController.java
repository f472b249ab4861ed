package org.beanpress.web.post;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.beanpress.core.cache.CacheKeys;
import org.beanpress.core.post.PostCursor;
import org.beanpress.web.system.WebPage;
import org.beanpress.web.user.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What readers see: the front page and post pages. Anonymous readers get the whole page from Redis when it is there
 * (cache-aside); signed-in users get it rendered for them.
 */
@Controller
@WebPage
class PostPageController {

	private final PostService posts;

	private final PageCache cache;

	private final PageRenderer renderer;

	PostPageController(PostService posts, PageCache cache, PageRenderer renderer) {
		this.posts = posts;
		this.cache = cache;
		this.renderer = renderer;
	}

	@GetMapping("/")
	ResponseEntity<String> frontPage(@RequestParam(required = false) String before,
			@AuthenticationPrincipal CurrentUser viewer, HttpServletRequest request, HttpServletResponse response) {
		var cursor = PostCursor.decode(before);
		Supplier<Map<String, Object>> model = () -> {
			var page = posts.published(cursor);
			return Map.of("posts", page.posts(), "older", page.next().map(PostCursor::encode).orElse(""),
					"viewer", Optional.ofNullable(viewer));
		};
		// only the first page is cached: it is the one nearly every reader asks for
		var key = viewer == null && cursor.isEmpty() ? CacheKeys.frontPage() : null;
		return html(key, "index", model, request, response);
	}

	@GetMapping("/posts/{slug}")
	ResponseEntity<String> post(@PathVariable String slug, @AuthenticationPrincipal CurrentUser viewer,
			HttpServletRequest request, HttpServletResponse response) {
		Supplier<Map<String, Object>> model = () -> Map.of("post", posts.visible(slug, Optional.ofNullable(viewer)),
				"viewer", Optional.ofNullable(viewer));
		return html(viewer == null ? CacheKeys.post(slug) : null, "post", model, request, response);
	}

	private ResponseEntity<String> html(String cacheKey, String template, Supplier<Map<String, Object>> model,
			HttpServletRequest request, HttpServletResponse response) {
		if (cacheKey != null) {
			var cached = cache.get(cacheKey);
			if (cached.isPresent()) {
				return ok(cached.get(), "HIT");
			}
		}
		var page = renderer.render(template, model.get(), request, response);
		if (cacheKey != null) {
			cache.put(cacheKey, page);
		}
		return ok(page, cacheKey == null ? "BYPASS" : "MISS");
	}

	private static ResponseEntity<String> ok(String page, String cacheStatus) {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.header("X-Page-Cache", cacheStatus)
			.body(page);
	}

}
