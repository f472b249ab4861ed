package org.beanpress.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTextTests {

	@Test
	void shouldDropCharactersXmlCannotCarryAndKeepTheRest() {
		var hostile = "a\u0000b\u0001c\u0008d\u000Be\u001Ff\uFFFEg\uD800h\tline\nbreak\r<script>]]>&\"é😀";

		assertThat(XmlText.clean(hostile)).isEqualTo("abcdefgh\tline\nbreak\r<script>]]>&\"é😀");
	}

	@Test
	void shouldTurnNullIntoEmptyText() {
		assertThat(XmlText.clean(null)).isEmpty();
	}

}
