package org.beanpress.web.post;

import java.time.Instant;
import java.util.Optional;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;

import org.beanpress.core.post.PostAutosave;
import org.beanpress.web.user.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The editor's autosaved copy of the caller's unsaved text, of a post ({id}) or of the
 * post not created yet ("new").
 */
@RestController
class AutosaveApiController {

	private final AutosaveService autosaves;

	AutosaveApiController(AutosaveService autosaves) {
		this.autosaves = autosaves;
	}

	@Operation(summary = "Keeps the caller's unsaved text of the post (not published, no revision)")
	@PutMapping("/api/posts/{id}/autosave")
	AutosaveView save(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody AutosaveRequest request) {
		return AutosaveView.of(autosaves.save(user, Optional.of(id), request));
	}

	@Operation(summary = "The caller's autosaved text of the post (404 if none)")
	@GetMapping("/api/posts/{id}/autosave")
	AutosaveView show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return AutosaveView.of(autosaves.find(user, Optional.of(id)));
	}

	@Operation(summary = "Discards the caller's autosaved text of the post")
	@DeleteMapping("/api/posts/{id}/autosave")
	ResponseEntity<Void> discard(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		autosaves.discard(user, Optional.of(id));
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Keeps the caller's unsaved text of a post not created yet")
	@PutMapping("/api/posts/new/autosave")
	AutosaveView saveNew(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody AutosaveRequest request) {
		return AutosaveView.of(autosaves.save(user, Optional.empty(), request));
	}

	@Operation(summary = "The caller's autosaved text of a post not created yet (404 if none)")
	@GetMapping("/api/posts/new/autosave")
	AutosaveView showNew(@AuthenticationPrincipal CurrentUser user) {
		return AutosaveView.of(autosaves.find(user, Optional.empty()));
	}

	@Operation(summary = "Discards the caller's autosaved text of a post not created yet")
	@DeleteMapping("/api/posts/new/autosave")
	ResponseEntity<Void> discardNew(@AuthenticationPrincipal CurrentUser user) {
		autosaves.discard(user, Optional.empty());
		return ResponseEntity.noContent().build();
	}

	/**
	 * @param baseVersion the post version the text was edited from (null for a new post)
	 */
	record AutosaveView(Long postId, String title, String markdown, Integer baseVersion, Instant savedAt) {

		static AutosaveView of(PostAutosave autosave) {
			return new AutosaveView(autosave.postId(), autosave.title(), autosave.markdown(), autosave.baseVersion(),
					autosave.savedAt());
		}

	}

}
