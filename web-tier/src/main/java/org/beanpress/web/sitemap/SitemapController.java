package org.beanpress.web.sitemap;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.beanpress.core.site.SiteUrls;
import org.beanpress.web.system.ProblemException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code /sitemap.xml}, its child sitemaps, and {@code /robots.txt} that names it. */
@RestController
@Tag(name = "Feeds and sitemaps")
class SitemapController {

	private static final CacheControl PUBLIC = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

	private static final MediaType XML = new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8);

	private final SitemapService sitemaps;

	private final String robots;

	SitemapController(SitemapService sitemaps, SiteUrls urls) {
		this.sitemaps = sitemaps;
		// the same for every request: written once
		this.robots = """
				User-agent: *
				Allow: /
				Disallow: /editor
				Disallow: /library
				Disallow: /admin
				Disallow: /api/
				Disallow: /login
				Disallow: /signup

				Sitemap: %s
				""".formatted(urls.sitemapIndex());
	}

	@Operation(summary = "Sitemap index listing the child sitemaps of posts, categories, tags and authors")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = "application/xml"))
	@GetMapping("/sitemap.xml")
	ResponseEntity<String> index() {
		return ResponseEntity.ok().contentType(XML).cacheControl(PUBLIC).body(sitemaps.index());
	}

	@Operation(summary = "A child sitemap of at most 50,000 URLs with their last modification, e.g. posts-1")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = "application/xml"))
	@ApiResponse(responseCode = "404", description = "no such section, or a page beyond the last")
	@GetMapping("/sitemaps/{name}.xml")
	ResponseEntity<String> child(@PathVariable String name) {
		var sitemap = sitemaps.child(name)
			.orElseThrow(() -> ProblemException.notFound("There is no sitemap '" + name
					+ "'; /sitemap.xml lists them (posts-N, categories-N, tags-N, authors-N)"));
		return ResponseEntity.ok().contentType(XML).cacheControl(PUBLIC).body(sitemap);
	}

	@Operation(summary = "Rules for crawlers: everything public, not the editor, library, admin, API or log-in pages")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = "text/plain"))
	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.cacheControl(PUBLIC)
			.body(this.robots);
	}

}
