package org.beanpress.web.taxonomy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new category.
 *
 * @param slug its URL name (optional: made from the name)
 * @param parent the slug of a top-level category to nest it under (optional)
 */
record CategoryRequest(
		@NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String name,
		@Size(max = 190, message = "must be at most 190 characters") String slug,
		@Size(max = 190, message = "must be at most 190 characters") String parent) {
}
