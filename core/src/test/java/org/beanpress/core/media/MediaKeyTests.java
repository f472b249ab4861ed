package org.beanpress.core.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class MediaKeyTests {

	static final String SHA = "0af39999999999999999999999999999999999999999999999999999999999ff";

	static final String VARIANT_SHA = "5e1f777777777777777777777777777777777777777777777777777777777777";

	@Test
	void shouldNameAnOriginalByItsOwnerAndContent() {
		var key = MediaKey.original(12, SHA, ImageType.JPEG);

		assertThat(key.value()).isEqualTo("originals/12/" + SHA + ".jpg");
		assertThat(key.url()).isEqualTo("/media/originals/12/" + SHA + ".jpg");
		assertThat(key.isOriginal()).isTrue();
		assertThat(key.ownerId()).isEqualTo(12);
		assertThat(key.type()).isEqualTo(ImageType.JPEG);
	}

	@Test
	void shouldNameAVariantByItsOriginalItsSizeAndAPrefixOfItsOwnContent() {
		var key = MediaKey.original(12, SHA, ImageType.GIF).variant("medium_large", VARIANT_SHA, ImageType.PNG);

		assertThat(key.value()).isEqualTo("variants/12/" + SHA + "-medium_large-5e1f77777777.png");
		assertThat(key.isOriginal()).isFalse();
		assertThat(key.ownerId()).isEqualTo(12);
		assertThat(key.type()).isEqualTo(ImageType.PNG);
	}

	@Test
	void shouldGiveVariantsOnlyToOriginals() {
		var variant = MediaKey.original(12, SHA, ImageType.JPEG).variant("large", VARIANT_SHA, ImageType.JPEG);

		assertThatIllegalStateException().isThrownBy(() -> variant.variant("medium", VARIANT_SHA, ImageType.JPEG));
	}

	@ParameterizedTest
	@EnumSource(ImageType.class)
	void shouldReadBackEveryKeyItMakesForEveryType(ImageType type) {
		var original = MediaKey.original(7, SHA, type);
		var variant = original.variant("1536x1536", VARIANT_SHA, type);

		assertThat(MediaKey.parse(original.value())).contains(original);
		assertThat(MediaKey.parse(variant.value())).contains(variant);
		assertThat(MediaKey.ofUrl(variant.url())).contains(variant);
		assertThat(MediaKey.parse(variant.value()).orElseThrow().type()).isEqualTo(type);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "tmp/upload-1.part", "originals/7/abc.jpg", "originals/7/" + SHA + ".exe",
			"originals/7/" + SHA + ".JPG", "originals/x/" + SHA + ".jpg", "originals/7/../" + SHA + ".jpg",
			"/originals/7/" + SHA + ".jpg", "originals/7/" + SHA + ".jpg/..", "variants/7/" + SHA + ".jpg",
			"variants/7/" + SHA + "-large-5e1f.jpg", "variants/7/" + SHA + "-La rge-5e1f77777777.jpg" })
	void shouldRefuseWhatIsNotAMediaKey(String key) {
		assertThat(MediaKey.parse(key)).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> MediaKey.of(key));
	}

	@Test
	void shouldTakeOnlyMediaUrls() {
		var original = MediaKey.original(7, SHA, ImageType.WEBP);

		assertThat(MediaKey.ofUrl(original.url())).contains(original);
		assertThat(MediaKey.ofUrl(original.value())).isEmpty();
		assertThat(MediaKey.ofUrl("https://example.org" + original.url())).isEmpty();
		assertThat(MediaKey.ofUrl(null)).isEmpty();
	}

	@Test
	void shouldFindOriginalUrlsAndNoVariantUrlsWithItsPattern() {
		var original = MediaKey.original(7, SHA, ImageType.PNG);
		var pattern = Pattern.compile(MediaKey.ORIGINAL_URL_REGEX);

		assertThat(pattern.matcher(original.url()).matches()).isTrue();
		assertThat(pattern.matcher(original.variant("large", VARIANT_SHA, ImageType.PNG).url()).matches()).isFalse();
		assertThat(pattern.matcher(original.value()).matches()).isFalse();
		assertThat(pattern.matcher("").groupCount()).as("no groups of its own").isZero();
	}

	@Test
	void shouldBeEqualByValue() {
		assertThat(MediaKey.of("originals/7/" + SHA + ".jpg")).isEqualTo(MediaKey.original(7, SHA, ImageType.JPEG))
			.hasSameHashCodeAs(MediaKey.original(7, SHA, ImageType.JPEG))
			.hasToString("originals/7/" + SHA + ".jpg");
	}

}
