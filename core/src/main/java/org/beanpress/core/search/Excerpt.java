package org.beanpress.core.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A piece of a post's text around the first searched word, as plain text and as HTML with
 * the searched words in {@code <mark>}. The HTML is built from the plain text piece by
 * piece: every piece escaped, then the marks put around the escaped words, so nothing
 * from the post can become markup (and a word such as "amp" cannot match inside an
 * escape).
 */
public record Excerpt(String plain, String html) {

	static final int LENGTH = 200;

	private static final int BEFORE = 40;

	public static Excerpt around(String text, List<String> words) {
		var matches = words.isEmpty() ? null
				: Pattern.compile(
						words.stream()
							.map(Pattern::quote)
							.collect(Collectors.joining("|", "(?<![\\p{L}\\p{N}_])(?:", ")(?![\\p{L}\\p{N}_])")),
						Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
		var first = matches == null ? null : matches.matcher(text);
		var start = first != null && first.find() ? wordStart(text, Math.max(0, first.start() - BEFORE)) : 0;
		var end = wordEnd(text, Math.min(text.length(), start + LENGTH));
		var plain = (start > 0 ? "… " : "") + text.substring(start, end).strip() + (end < text.length() ? " …" : "");
		return new Excerpt(plain, matches == null ? escape(plain) : marked(plain, matches));
	}

	private static String marked(String plain, Pattern words) {
		var pieces = new ArrayList<String>();
		var matcher = words.matcher(plain);
		var from = 0;
		while (matcher.find()) {
			pieces.add(escape(plain.substring(from, matcher.start())));
			pieces.add("<mark>" + escape(matcher.group()) + "</mark>");
			from = matcher.end();
		}
		pieces.add(escape(plain.substring(from)));
		return String.join("", pieces);
	}

	/** Back to the start of the word at {@code index}, so an excerpt starts whole. */
	private static int wordStart(String text, int index) {
		var space = text.lastIndexOf(' ', index);
		return space < 0 ? 0 : space + 1;
	}

	/** On to the end of the word at {@code index}, unless it is very long. */
	private static int wordEnd(String text, int index) {
		var space = text.indexOf(' ', index);
		var end = index >= text.length() || space < 0 || space - index > 30 ? index : space;
		// never between the two halves of a surrogate pair
		return end < text.length() && Character.isLowSurrogate(text.charAt(end)) ? end - 1 : end;
	}

	static String escape(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

}
