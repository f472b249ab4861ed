package org.beanpress.web.feed;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.beanpress.core.site.Archive;
import org.beanpress.core.site.FeedFormat;
import org.beanpress.web.system.ProblemException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * RSS 2.0 ({@code .../feed}) and Atom ({@code .../feed/atom}) for the site and each
 * category, tag and author; an unknown archive is a 404 problem.
 */
@RestController
@Tag(name = "Feeds and sitemaps", description = "RSS, Atom, sitemaps and robots.txt: XML and text for feed "
		+ "readers and search engines, not JSON; every URL in them is absolute (beanpress.site.base-url)")
class FeedController {

	private static final CacheControl PUBLIC = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

	private final FeedService feeds;

	FeedController(FeedService feeds) {
		this.feeds = feeds;
	}

	@Operation(summary = "RSS 2.0 feed of the site's newest published posts")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = "application/rss+xml"))
	@GetMapping("/feed")
	ResponseEntity<String> siteRss() {
		return xml(FeedFormat.RSS, feeds.siteFeed(FeedFormat.RSS));
	}

	@Operation(summary = "Atom feed of the site's newest published posts")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = "application/atom+xml"))
	@GetMapping("/feed/atom")
	ResponseEntity<String> siteAtom() {
		return xml(FeedFormat.ATOM, feeds.siteFeed(FeedFormat.ATOM));
	}

	@Operation(summary = "RSS 2.0 feed of a category's newest published posts")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = "application/rss+xml"))
	@ApiResponse(responseCode = "404", description = "no category has this slug")
	@GetMapping("/category/{slug}/feed")
	ResponseEntity<String> categoryRss(@PathVariable String slug) {
		return archive(Archive.Kind.CATEGORY, slug, FeedFormat.RSS);
	}

	@Operation(summary = "Atom feed of a category's newest published posts")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = "application/atom+xml"))
	@ApiResponse(responseCode = "404", description = "no category has this slug")
	@GetMapping("/category/{slug}/feed/atom")
	ResponseEntity<String> categoryAtom(@PathVariable String slug) {
		return archive(Archive.Kind.CATEGORY, slug, FeedFormat.ATOM);
	}

	@Operation(summary = "RSS 2.0 feed of a tag's newest published posts")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = "application/rss+xml"))
	@ApiResponse(responseCode = "404", description = "no tag has this slug")
	@GetMapping("/tag/{slug}/feed")
	ResponseEntity<String> tagRss(@PathVariable String slug) {
		return archive(Archive.Kind.TAG, slug, FeedFormat.RSS);
	}

	@Operation(summary = "Atom feed of a tag's newest published posts")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = "application/atom+xml"))
	@ApiResponse(responseCode = "404", description = "no tag has this slug")
	@GetMapping("/tag/{slug}/feed/atom")
	ResponseEntity<String> tagAtom(@PathVariable String slug) {
		return archive(Archive.Kind.TAG, slug, FeedFormat.ATOM);
	}

	@Operation(summary = "RSS 2.0 feed of an author's newest published posts")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = "application/rss+xml"))
	@ApiResponse(responseCode = "404", description = "no author with a published post has this username")
	@GetMapping("/author/{username}/feed")
	ResponseEntity<String> authorRss(@PathVariable String username) {
		return archive(Archive.Kind.AUTHOR, username, FeedFormat.RSS);
	}

	@Operation(summary = "Atom feed of an author's newest published posts")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = "application/atom+xml"))
	@ApiResponse(responseCode = "404", description = "no author with a published post has this username")
	@GetMapping("/author/{username}/feed/atom")
	ResponseEntity<String> authorAtom(@PathVariable String username) {
		return archive(Archive.Kind.AUTHOR, username, FeedFormat.ATOM);
	}

	private ResponseEntity<String> archive(Archive.Kind kind, String slug, FeedFormat format) {
		var feed = feeds.archiveFeed(kind, slug, format)
			.orElseThrow(() -> ProblemException
				.notFound("There is no " + kind.name().toLowerCase() + " '" + slug + "' to follow"));
		return xml(format, feed);
	}

	private static ResponseEntity<String> xml(FeedFormat format, String feed) {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.parseMediaType(format.mediaType()), StandardCharsets.UTF_8))
			.cacheControl(PUBLIC)
			.body(feed);
	}

}
