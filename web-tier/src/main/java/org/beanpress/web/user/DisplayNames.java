package org.beanpress.web.user;

import java.text.Normalizer;

import org.beanpress.web.system.ProblemException;

/**
 * Display names are plain text: Unicode NFC, runs of white space as one space, no control
 * or format characters (which could reorder or hide what readers see). Pages escape them
 * like any text.
 */
final class DisplayNames {

	static final int MAX_LENGTH = 80;

	private DisplayNames() {
	}

	/** The stored form of a name as typed; blank is no name (null). */
	static String clean(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		var normalized = Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
		if (normalized.codePoints().anyMatch(DisplayNames::isHidden)) {
			throw ProblemException.badRequest("displayName: may not hold control or formatting characters");
		}
		if (normalized.length() > MAX_LENGTH) {
			throw ProblemException.badRequest("displayName: must be at most " + MAX_LENGTH + " characters");
		}
		return normalized;
	}

	private static boolean isHidden(int codePoint) {
		var type = Character.getType(codePoint);
		return type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
				|| type == Character.UNASSIGNED;
	}

}
