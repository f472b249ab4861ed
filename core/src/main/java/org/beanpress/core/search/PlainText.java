package org.beanpress.core.search;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a reader sees in a post's sanitized HTML: markup (and with it link targets
 * and image sources) dropped, character references decoded, white space collapsed. What
 * the search index holds and what excerpts are cut from.
 */
final class PlainText {

	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

	private PlainText() {
	}

	static String of(String html) {
		var text = TAG.matcher(html).replaceAll(" ");
		return REFERENCE.matcher(text).replaceAll(PlainText::decode).replaceAll("\\s+", " ").strip();
	}

	private static String decode(MatchResult reference) {
		var name = reference.group(1);
		var decoded = switch (name) {
			case "amp" -> "&";
			case "lt" -> "<";
			case "gt" -> ">";
			case "quot" -> "\"";
			case "apos" -> "'";
			case "nbsp" -> " ";
			default -> name.startsWith("#") ? codePoint(name) : reference.group();
		};
		return Matcher.quoteReplacement(decoded);
	}

	private static String codePoint(String numeric) {
		var hex = numeric.startsWith("#x") || numeric.startsWith("#X");
		var value = Integer.parseInt(numeric.substring(hex ? 2 : 1), hex ? 16 : 10);
		return Character.isValidCodePoint(value) && value != 0 ? Character.toString(value) : " ";
	}

}
