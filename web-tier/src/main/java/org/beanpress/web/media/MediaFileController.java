package org.beanpress.web.media;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.beanpress.core.storage.SharedStorage;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves media files from shared storage when no nginx stands in front (locally; nginx
 * serves /media/ from EFS in AWS). Keys name their content, so every response may be
 * cached for a year. Only well-formed keys resolve: a name with {@code ..}, a backslash
 * or any odd character is a 404 before the file system is touched.
 */
@RestController
class MediaFileController {

	private static final Map<String, MediaType> TYPES = Map.of("jpg", MediaType.IMAGE_JPEG, "png", MediaType.IMAGE_PNG,
			"gif", MediaType.IMAGE_GIF, "webp", MediaType.parseMediaType("image/webp"));

	private final SharedStorage storage;

	MediaFileController(SharedStorage storage) {
		this.storage = storage;
	}

	@GetMapping("/media/{*key}")
	ResponseEntity<Resource> serve(@PathVariable String key) {
		var relative = key.startsWith("/") ? key.substring(1) : key;
		if (!SharedStorage.isValidKey(relative) || relative.startsWith("tmp/")) {
			return ResponseEntity.notFound().build();
		}
		var path = storage.resolve(relative);
		if (!Files.isRegularFile(path)) {
			return ResponseEntity.notFound().build();
		}
		var extension = relative.substring(relative.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
		return ResponseEntity.ok()
			.contentType(TYPES.getOrDefault(extension, MediaType.APPLICATION_OCTET_STREAM))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.body(new FileSystemResource(path));
	}

}
