package org.beanpress.web.post;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.beanpress.core.comment.PostComments;
import org.beanpress.core.page.FeaturedImages;
import org.beanpress.core.page.PublicPages;
import org.beanpress.core.page.ResponsiveImages;
import org.beanpress.core.post.PostCursor;
import org.beanpress.core.site.PageHeads;
import org.beanpress.web.system.ProblemException;
import org.beanpress.web.system.WebPage;
import org.beanpress.web.taxonomy.TaxonomyService;
import org.beanpress.web.user.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What readers see: the front page and post pages. Anonymous readers get the shared page,
 * from Redis when it is there (cache-aside; the worker tier renders them ahead);
 * signed-in users get the page rendered for them.
 */
@Controller
@WebPage
class PostPageController {

	private final PostService posts;

	private final PublicPages publicPages;

	private final PageRenderer renderer;

	private final ResponsiveImages images;

	private final FeaturedImages featured;

	private final PageHeads heads;

	private final TaxonomyService taxonomy;

	private final PostComments comments;

	PostPageController(PostService posts, PublicPages publicPages, PageRenderer renderer, ResponsiveImages images,
			FeaturedImages featured, PageHeads heads, TaxonomyService taxonomy, PostComments comments) {
		this.comments = comments;
		this.featured = featured;
		this.posts = posts;
		this.publicPages = publicPages;
		this.renderer = renderer;
		this.images = images;
		this.heads = heads;
		this.taxonomy = taxonomy;
	}

	@GetMapping("/")
	ResponseEntity<String> frontPage(@RequestParam(required = false) String before,
			@AuthenticationPrincipal CurrentUser viewer, HttpServletRequest request, HttpServletResponse response) {
		var cursor = PostCursor.decode(before);
		if (viewer == null && cursor.isEmpty()) {
			var page = publicPages.frontPage();
			return ok(page.html(), page.fromCache() ? "HIT" : "MISS");
		}
		if (viewer == null) {
			return ok(publicPages.olderPage(cursor.get()), "BYPASS");
		}
		var page = posts.published(cursor);
		return ok(renderer.render("index",
				Map.of("posts", page.posts(), "older", page.next().map(PostCursor::encode).orElse(""), "viewer",
						Optional.of(viewer), "thumbnails", featured.forPosts(page.posts()), "pageHead",
						cursor.isEmpty() ? heads.front() : heads.olderPage(), "commentCounts",
						comments.counts(page.posts())),
				request, response), "BYPASS");
	}

	@GetMapping("/posts/{slug}")
	ResponseEntity<String> post(@PathVariable String slug, @AuthenticationPrincipal CurrentUser viewer,
			HttpServletRequest request, HttpServletResponse response) {
		var canonical = SlugGenerator.canonical(slug);
		if (!canonical.isEmpty() && !canonical.equals(slug)) {
			// one URL per post: search engines and the page cache see one page, and
			// other spellings cannot each fill a cache entry or miss it every time
			var query = request.getQueryString();
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
				.header(HttpHeaders.LOCATION, "/posts/" + canonical + (query == null ? "" : "?" + query))
				.build();
		}
		if (viewer == null) {
			var page = publicPages.post(slug)
				.orElseThrow(() -> ProblemException.notFound("There is no post at '" + slug + "'"));
			return ok(page.html(), page.fromCache() ? "HIT" : "MISS");
		}
		var post = posts.visible(slug, Optional.of(viewer));
		var body = images.render(post.html(), Optional.of(viewer.viewer()));
		return ok(renderer.render("post",
				Map.of("post", post, "body", body.html(), "viewer", Optional.of(viewer), "featured", featured.of(post),
						"pageHead", heads.post(post), "terms", taxonomy.termsOf(post.id()), "comments",
						comments.section(post)),
				request, response), "BYPASS");
	}

	static ResponseEntity<String> ok(String page, String cacheStatus) {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.header("X-Page-Cache", cacheStatus)
			.body(page);
	}

}
