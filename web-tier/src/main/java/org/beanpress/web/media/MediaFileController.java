package org.beanpress.web.media;

import java.nio.file.Files;
import java.time.Duration;

import org.beanpress.core.media.MediaKey;
import org.beanpress.core.storage.SharedStorage;
import org.beanpress.web.user.CurrentUser;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves media files from shared storage: variants to anyone, originals to their owner
 * and admins only. In AWS nginx serves variants from EFS and passes originals here. Keys
 * name their content, so a variant may be cached for a year by anyone; an original only
 * by the browser that fetched it, which asks again each time, so it is not kept for
 * whoever uses that browser next. Only media keys resolve: anything else (a temporary
 * file, {@code ..}, a backslash, an odd character) is a 404 before the file system is
 * touched.
 * <p>
 * Originals are kept byte for byte, with whatever metadata the upload had (GPS position,
 * camera serial, maker notes); variants have none. Anyone else asking for an original
 * gets the same 404 as for a missing file, so its existence is not revealed either.
 */
@RestController
class MediaFileController {

	private final SharedStorage storage;

	MediaFileController(SharedStorage storage) {
		this.storage = storage;
	}

	@GetMapping(MediaKey.URL_PREFIX + "{*key}")
	ResponseEntity<Resource> serve(@PathVariable String key, @AuthenticationPrincipal CurrentUser viewer) {
		var mediaKey = MediaKey.parse(key.startsWith("/") ? key.substring(1) : key)
			.filter(parsed -> !parsed.isOriginal() || (viewer != null && viewer.mayManage(parsed.ownerId())));
		if (mediaKey.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		var path = this.storage.resolve(mediaKey.get().value());
		if (!Files.isRegularFile(path)) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(mediaKey.get().type().mediaType()))
			.cacheControl(mediaKey.get().isOriginal() ? CacheControl.noCache().cachePrivate()
					: CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.body(new FileSystemResource(path));
	}

}
