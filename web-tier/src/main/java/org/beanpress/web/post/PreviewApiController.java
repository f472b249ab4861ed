package org.beanpress.web.post;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The editor's live preview: Markdown rendered and sanitized exactly as a save would (the
 * same {@link MarkdownRenderer}), stored nowhere. Signed-in users only, so it is no free
 * rendering service; its size limits are a post's.
 */
@RestController
class PreviewApiController {

	private final MarkdownRenderer markdown;

	PreviewApiController(MarkdownRenderer markdown) {
		this.markdown = markdown;
	}

	@Operation(summary = "Renders Markdown to the sanitized HTML a saved post would hold (nothing is stored)")
	@ApiResponse(responseCode = "200", description = "the sanitized HTML")
	@ApiResponse(responseCode = "400", description = "markdown missing or over 200000 characters")
	@ApiResponse(responseCode = "413", description = "a request body over beanpress.abuse.max-json-body")
	@PostMapping("/api/preview")
	Preview preview(@Valid @RequestBody PreviewRequest request) {
		return new Preview(markdown.toSafeHtml(request.markdown()));
	}

	record PreviewRequest(@NotNull(message = "is required") @Size(max = 200_000,
			message = "must be at most 200000 characters") String markdown) {
	}

	record Preview(String html) {
	}

}
