package org.beanpress.web.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.beanpress.core.storage.SharedStorage;
import org.beanpress.core.storage.StorageProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A web slice: only the media file controller and the real shared storage on a temporary
 * folder.
 */
@WebMvcTest(MediaFileController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(SharedStorage.class)
@EnableConfigurationProperties(StorageProperties.class)
@TestPropertySource(properties = "beanpress.storage.root=${java.io.tmpdir}/beanpress-media-slice")
class MediaFileControllerTests {

	static final Path ROOT = Path.of(System.getProperty("java.io.tmpdir"), "beanpress-media-slice");

	@Autowired
	MockMvcTester mvc;

	@BeforeAll
	static void storeAFile() throws IOException {
		Files.createDirectories(ROOT.resolve("originals/7"));
		Files.write(ROOT.resolve("originals/7/ab12.png"), new byte[] { (byte) 0x89, 'P', 'N', 'G' });
		Files.createDirectories(ROOT.resolve("tmp"));
		Files.writeString(ROOT.resolve("tmp/upload-1.part"), "half an upload");
	}

	@Test
	void shouldServeAStoredFileWithItsTypeAndImmutableCaching() {
		var result = mvc.get().uri("/media/originals/7/ab12.png").exchange();

		assertThat(result).hasStatusOk().hasContentType("image/png");
		assertThat(result).headers().hasValue("Cache-Control", "max-age=31536000, public, immutable");
	}

	@Test
	void shouldAnswer404ForMissingFilesTemporaryFilesAndMalformedKeys() {
		assertThat(mvc.get().uri("/media/originals/7/missing.png").exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/media/tmp/upload-1.part").exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/media/originals/7/AB12.PNG").exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/media/originals/7/..%2F..%2F..%2Fetc%2Fpasswd").exchange()).hasStatus(404);
	}

}
