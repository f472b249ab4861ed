package org.beanpress.core.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageTypeTests {

	@Test
	void shouldExposeTheMediaTypeAndExtensionOfEveryFormat() {
		assertThat(ImageType.JPEG.mediaType()).isEqualTo("image/jpeg");
		assertThat(ImageType.JPEG.extension()).isEqualTo("jpg");
		assertThat(ImageType.PNG.mediaType()).isEqualTo("image/png");
		assertThat(ImageType.PNG.extension()).isEqualTo("png");
		assertThat(ImageType.GIF.mediaType()).isEqualTo("image/gif");
		assertThat(ImageType.GIF.extension()).isEqualTo("gif");
		assertThat(ImageType.WEBP.mediaType()).isEqualTo("image/webp");
		assertThat(ImageType.WEBP.extension()).isEqualTo("webp");
	}

	@Test
	void shouldFindEachTypeByItsExtensionAndItsMediaType() {
		for (var type : ImageType.values()) {
			assertThat(ImageType.ofExtension(type.extension())).contains(type);
			assertThat(ImageType.ofMediaType(type.mediaType())).contains(type);
		}
		assertThat(ImageType.ofExtension("jpeg")).isEmpty();
		assertThat(ImageType.ofMediaType("image/svg+xml")).isEmpty();
	}

}
