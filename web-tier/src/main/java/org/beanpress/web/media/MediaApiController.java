package org.beanpress.web.media;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.beanpress.web.system.ProblemException;
import org.beanpress.web.user.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
class MediaApiController {

	private static final int LIBRARY_PAGE = 50;

	private final MediaService media;

	MediaApiController(MediaService media) {
		this.media = media;
	}

	/**
	 * Uploads an image (multipart field {@code file}). 201 with the PENDING media; 200
	 * with the existing one when the same file was uploaded before.
	 */
	@Operation(summary = "Uploads an image (multipart field file)",
			description = "201 with the PENDING media; 200 with the existing one when the same file was uploaded"
					+ " before. Contributors may have at most beanpress.roles.contributor-upload-quota files.")
	@ApiResponse(responseCode = "413",
			description = "Larger than the upload limit, or a contributor's upload quota is reached",
			content = @Content(mediaType = "application/problem+json"))
	@PostMapping(path = "/api/media", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<MediaView> upload(@AuthenticationPrincipal CurrentUser owner,
			@RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
		if (file == null) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "Send the image in the multipart field 'file'");
		}
		var upload = media.upload(owner, file.getInputStream(), file.getOriginalFilename());
		var view = media.view(upload.media());
		return upload.created() ? ResponseEntity.created(URI.create("/api/media/" + view.id())).body(view)
				: ResponseEntity.ok(view);
	}

	@GetMapping("/api/media/{id}")
	MediaView show(@AuthenticationPrincipal CurrentUser viewer, @PathVariable long id) {
		return media.view(media.find(viewer, id));
	}

	/**
	 * Changes the alt text and caption: a field left out stays, an empty one is cleared.
	 * Pages of published posts showing the image are rendered again.
	 */
	@PatchMapping("/api/media/{id}")
	MediaView update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody MediaTextRequest request) {
		return media.view(media.updateText(user, id, request));
	}

	/**
	 * Deletes media (owner or admin): 204, or 409 with the published posts that show it
	 * (property {@code posts}). Its files are removed shortly after by the worker tier.
	 */
	@DeleteMapping("/api/media/{id}")
	ResponseEntity<Void> delete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		media.delete(user, id);
		return ResponseEntity.noContent().build();
	}

	/**
	 * The caller's media, newest first; pass the last id seen as {@code before} for older
	 * ones.
	 */
	@GetMapping("/api/media")
	List<MediaView> library(@AuthenticationPrincipal CurrentUser owner,
			@RequestParam(defaultValue = "" + Long.MAX_VALUE) long before) {
		return media.library(owner, before, LIBRARY_PAGE).stream().map(media::view).toList();
	}

}
