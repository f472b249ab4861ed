package org.beanpress.web.media;

import java.nio.file.Files;
import java.time.Duration;

import org.beanpress.core.media.MediaKey;
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
 * cached for a year. Only media keys resolve: anything else (a temporary file,
 * {@code ..}, a backslash, an odd character) is a 404 before the file system is touched.
 */
@RestController
class MediaFileController {

	private final SharedStorage storage;

	MediaFileController(SharedStorage storage) {
		this.storage = storage;
	}

	@GetMapping(MediaKey.URL_PREFIX + "{*key}")
	ResponseEntity<Resource> serve(@PathVariable String key) {
		var mediaKey = MediaKey.parse(key.startsWith("/") ? key.substring(1) : key);
		if (mediaKey.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		var path = this.storage.resolve(mediaKey.get().value());
		if (!Files.isRegularFile(path)) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(mediaKey.get().type().mediaType()))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.body(new FileSystemResource(path));
	}

}
