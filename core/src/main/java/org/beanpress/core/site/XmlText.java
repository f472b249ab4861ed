package org.beanpress.core.site;

/**
 * Text made safe to put into XML 1.0 (feeds, sitemaps) and HTML attributes: the
 * characters XML cannot carry at all, escaped or not (C0 controls other than tab and line
 * breaks, lone surrogates, U+FFFE/U+FFFF), are dropped. Escaping of {@code <}, {@code &}
 * and quotes is left to the writer (Rome, the XML stream writer, Thymeleaf).
 */
public final class XmlText {

	private XmlText() {
	}

	public static String clean(String text) {
		if (text == null) {
			return "";
		}
		var out = new StringBuilder(text.length());
		text.codePoints().filter(XmlText::allowed).forEach(out::appendCodePoint);
		return out.toString();
	}

	private static boolean allowed(int c) {
		return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| (c >= 0x10000 && c <= 0x10FFFF);
	}

}
