package org.beanpress.web.post;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import jakarta.validation.Valid;

import org.beanpress.core.page.ResponsiveImages;
import org.beanpress.core.post.Post;
import org.beanpress.core.post.PostCursor;
import org.beanpress.core.taxonomy.PostTerms;
import org.beanpress.web.taxonomy.TaxonomyService;
import org.beanpress.web.user.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PostApiController {

	private final PostService posts;

	private final ResponsiveImages images;

	private final TaxonomyService taxonomy;

	PostApiController(PostService posts, ResponsiveImages images, TaxonomyService taxonomy) {
		this.posts = posts;
		this.images = images;
		this.taxonomy = taxonomy;
	}

	/**
	 * Published posts, newest first; follow {@code next} for older ones. Their html is
	 * rendered as on their pages, so it shows variants, never an original.
	 */
	@GetMapping("/api/posts")
	PostListView list(@RequestParam(required = false) String cursor, @AuthenticationPrincipal CurrentUser viewer) {
		var page = posts.published(PostCursor.decode(cursor));
		var bodies = images.renderAll(page.posts().stream().map(Post::html).toList(),
				Optional.ofNullable(viewer).map(CurrentUser::viewer));
		var terms = taxonomy.termsOf(page.posts().stream().map(Post::id).toList());
		var views = IntStream.range(0, bodies.size())
			.mapToObj(i -> PostView.of(page.posts().get(i), bodies.get(i).html(),
					terms.getOrDefault(page.posts().get(i).id(), PostTerms.NONE)))
			.toList();
		return new PostListView(views,
				page.next().map(PostCursor::encode).map(next -> "/api/posts?cursor=" + next).orElse(null));
	}

	/**
	 * One post; its html shows uploaded images with srcset from their variants, as the
	 * page does.
	 */
	@GetMapping("/api/posts/{slug}")
	PostView show(@PathVariable String slug, @AuthenticationPrincipal CurrentUser viewer) {
		var post = posts.visible(slug, Optional.ofNullable(viewer));
		return PostView.of(post,
				images.render(post.html(), Optional.ofNullable(viewer).map(CurrentUser::viewer)).html(),
				taxonomy.termsOf(post.id()));
	}

	/**
	 * Creates a post. {@code categories} are slugs of existing categories (an unknown one
	 * is a 400; none means "uncategorized"); {@code tags} are names, at most 20 of at
	 * most 50 characters, created when new.
	 */
	@PostMapping("/api/posts")
	ResponseEntity<PostView> create(@AuthenticationPrincipal CurrentUser author,
			@Valid @RequestBody PostRequest request) {
		var post = posts.create(author, request);
		return ResponseEntity.created(URI.create("/api/posts/" + post.slug()))
			.body(PostView.of(post, taxonomy.termsOf(post.id())));
	}

	/**
	 * Replaces a post, its categories and tags included (as for creating one).
	 */
	@PutMapping("/api/posts/{id}")
	PostView update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody PostRequest request) {
		var post = posts.update(user, id, request);
		return PostView.of(post, taxonomy.termsOf(post.id()));
	}

	@DeleteMapping("/api/posts/{id}")
	ResponseEntity<Void> delete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		posts.delete(user, id);
		return ResponseEntity.noContent().build();
	}

	record PostListView(List<PostView> posts, String next) {
	}

}
