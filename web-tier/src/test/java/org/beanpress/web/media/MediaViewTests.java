package org.beanpress.web.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.beanpress.core.media.MediaStatus;
import org.junit.jupiter.api.Test;

class MediaViewTests {

	private static final String URL = "/media/originals/1/" + "a".repeat(64) + ".jpg";

	@Test
	void shouldInsertTheAltTextNotTheFileName() {
		assertThat(view("A heron, fishing").markdown()).isEqualTo("![A heron, fishing](" + URL + ")");
	}

	@Test
	void shouldInsertAnEmptyAltWhenThereIsNone() {
		assertThat(view(null).markdown()).isEqualTo("![](" + URL + ")");
	}

	@Test
	void shouldEscapeBracketsAndKeepTheAltTextOnOneLine() {
		assertThat(view("a ] b [c]\\ d\nnext").markdown()).isEqualTo("![a \\] b \\[c\\]\\\\ d next](" + URL + ")");
	}

	private static MediaView view(String altText) {
		return new MediaView(1, MediaStatus.READY, null, "IMG_0001.jpg", "image/jpeg", 10, 1, 1, URL, List.of(), null,
				altText, null);
	}

}
