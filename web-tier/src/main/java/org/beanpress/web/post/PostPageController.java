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

	private final ResponsiveImages images;

	PostPageController(PostService posts, PageCache cache, PageRenderer renderer, ResponsiveImages images) {
		this.posts = posts;
		this.cache = cache;
		this.renderer = renderer;
		this.images = images;
	}

	@GetMapping("/")
	ResponseEntity<String> frontPage(@RequestParam(required = false) String before,
			@AuthenticationPrincipal CurrentUser viewer, HttpServletRequest request, HttpServletResponse response) {
		var cursor = PostCursor.decode(before);
		Supplier<Page> page = () -> {
			var posts = this.posts.published(cursor);
			return new Page(Map.of("posts", posts.posts(), "older", posts.next().map(PostCursor::encode).orElse(""),
					"viewer", Optional.ofNullable(viewer)), false);
		};
		// only the first page is cached: it is the one nearly every reader asks for
		var key = viewer == null && cursor.isEmpty() ? CacheKeys.frontPage() : null;
		return html(key, "index", page, request, response);
	}

	@GetMapping("/posts/{slug}")
	ResponseEntity<String> post(@PathVariable String slug, @AuthenticationPrincipal CurrentUser viewer,
			HttpServletRequest request, HttpServletResponse response) {
		Supplier<Page> page = () -> {
			var post = posts.visible(slug, Optional.ofNullable(viewer));
			var body = images.render(post.html(), Optional.ofNullable(viewer));
			return new Page(Map.of("post", post, "body", body.html(), "viewer", Optional.ofNullable(viewer)),
					body.pending());
		};
		return html(viewer == null ? CacheKeys.post(slug) : null, "post", page, request, response);
	}

	/** A page's model, and whether it shows images still being processed (then it is cached only briefly). */
	private record Page(Map<String, Object> model, boolean waitsForImages) {
	}

	private ResponseEntity<String> html(String cacheKey, String template, Supplier<Page> page,
			HttpServletRequest request, HttpServletResponse response) {
		if (cacheKey != null) {
			var cached = cache.get(cacheKey);
			if (cached.isPresent()) {
				return ok(cached.get(), "HIT");
			}
		}
		var content = page.get();
		var html = renderer.render(template, content.model(), request, response);
		if (cacheKey != null && content.waitsForImages()) {
			cache.putBriefly(cacheKey, html);
		}
		else if (cacheKey != null) {
			cache.put(cacheKey, html);
		}
		return ok(html, cacheKey == null ? "BYPASS" : "MISS");
	}

	private static ResponseEntity<String> ok(String page, String cacheStatus) {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.header("X-Page-Cache", cacheStatus)
			.body(page);
	}

}
