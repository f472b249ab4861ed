package org.beanpress.web.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.beanpress.core.media.ImageType;
import org.beanpress.core.media.MediaKey;
import org.beanpress.core.storage.SharedStorage;
import org.beanpress.core.storage.StorageProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A web slice: only the media file controller and the real shared storage on a temporary
 * folder, with no one signed in (who may fetch an original: {@link MediaApiTests}).
 */
@WebMvcTest(MediaFileController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import({ SharedStorage.class, MediaFileControllerTests.SignedInUsers.class })
@EnableConfigurationProperties(StorageProperties.class)
@TestPropertySource(properties = "beanpress.storage.root=${java.io.tmpdir}/beanpress-media-slice")
class MediaFileControllerTests {

	static final Path ROOT = Path.of(System.getProperty("java.io.tmpdir"), "beanpress-media-slice");

	static final MediaKey PNG = MediaKey.original(7, "ab12".repeat(16), ImageType.PNG);

	static final MediaKey WEBP_VARIANT = PNG.variant("medium", "cd34".repeat(16), ImageType.WEBP);

	@Autowired
	MockMvcTester mvc;

	/** What resolves the signed-in user's argument; nobody signs in here. */
	@EnableWebSecurity
	static class SignedInUsers {

	}

	@BeforeAll
	static void storeAFile() throws IOException {
		for (var key : new MediaKey[] { PNG, WEBP_VARIANT }) {
			Files.createDirectories(ROOT.resolve(key.value()).getParent());
			Files.write(ROOT.resolve(key.value()), new byte[] { 1, 2, 3 });
		}
		Files.createDirectories(ROOT.resolve("tmp"));
		Files.writeString(ROOT.resolve("tmp/upload-1.part"), "half an upload");
	}

	@Test
	void shouldServeAStoredVariantToAnyoneWithItsTypeAndImmutableCaching() {
		var result = mvc.get().uri(WEBP_VARIANT.url()).exchange();

		assertThat(result).hasStatusOk().hasContentType("image/webp");
		assertThat(result).headers().hasValue("Cache-Control", "max-age=31536000, public, immutable");
	}

	@Test
	void shouldAnswer404ForAStoredOriginalToSomeoneNotSignedIn() {
		assertThat(mvc.get().uri(PNG.url()).exchange()).hasStatus(404);
	}

	@Test
	void shouldAnswer404ForMissingFilesTemporaryFilesAndMalformedKeys() {
		assertThat(mvc.get().uri(MediaKey.original(7, "ef56".repeat(16), ImageType.PNG).url()).exchange())
			.hasStatus(404);
		assertThat(mvc.get().uri("/media/tmp/upload-1.part").exchange()).hasStatus(404);
		assertThat(mvc.get().uri(MediaKey.URL_PREFIX + PNG.value().toUpperCase(Locale.ROOT)).exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/media/originals/7/..%2F..%2F..%2Fetc%2Fpasswd").exchange()).hasStatus(404);
	}

}
