package org.beanpress.web.taxonomy;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Categories and tags. Posts name categories by slug (they must exist) and tags by name
 * (created on the fly), in {@code categories} and {@code tags} of a post.
 */
@RestController
class TaxonomyApiController {

	private final TaxonomyService taxonomy;

	TaxonomyApiController(TaxonomyService taxonomy) {
		this.taxonomy = taxonomy;
	}

	/** All categories (at most 1000), each subcategory right after its parent. */
	@Operation(summary = "All categories (at most 1000), each subcategory right after its parent")
	@GetMapping("/api/categories")
	List<TermView> categories() {
		return TermView.of(taxonomy.categoryTree(), "/category/");
	}

	/**
	 * Creates a category; editors and admins may (authors and contributors choose among
	 * the existing ones, and may create tags). A slug taken already is a 409; a parent
	 * that does not exist, or is a subcategory itself, is a 400.
	 */
	@Operation(summary = "Creates a category (editors and admins)",
			description = "The slug is made from the name unless given. A parent must be a top-level category.")
	@ApiResponse(responseCode = "201", description = "Created; Location is its archive page")
	@ApiResponse(responseCode = "400", description = "No name, or an unknown parent, or a parent that is a subcategory",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "403", description = "Not an editor or admin",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "A category has this slug already",
			content = @Content(mediaType = "application/problem+json"))
	@PostMapping("/api/categories")
	ResponseEntity<TermView> createCategory(@Valid @RequestBody CategoryRequest request) {
		var category = taxonomy.createCategory(request);
		var parent = category.parentId() == null ? null : request.parent().strip();
		return ResponseEntity.created(URI.create("/category/" + category.slug()))
			.body(TermView.category(category, parent));
	}

	/** All tags by name (at most 1000). */
	@Operation(summary = "All tags by name (at most 1000); posts create them")
	@GetMapping("/api/tags")
	List<TermView> tags() {
		return TermView.of(taxonomy.tags(), "/tag/");
	}

}
