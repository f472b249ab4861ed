package org.beanpress.core.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class PostCursorTests {

	@Test
	void shouldRoundTripThroughItsEncodedForm() {
		var cursor = new PostCursor(Instant.parse("2026-11-22T05:33:17.123456Z"), 42);

		assertThat(PostCursor.decode(cursor.encode())).contains(cursor);
	}

	@Test
	void shouldTreatAnythingElseAsNoCursor() {
		assertThat(PostCursor.decode(null)).isEmpty();
		assertThat(PostCursor.decode("")).isEmpty();
		assertThat(PostCursor.decode("' OR 1=1 --")).isEmpty();
		assertThat(PostCursor.decode("bm90LWEtY3Vyc29y")).isEmpty();
		assertThat(PostCursor.decode("x".repeat(1000))).isEmpty();
	}

}
