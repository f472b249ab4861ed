package org.beanpress.core.user;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one form a username is stored and compared in: Unicode NFKC, then lower case, so
 * that {@code Admin}, {@code ADMIN} and {@code Ａdmin} (full-width A) are one name. The
 * database compares the result byte for byte (binary collation), never through a case- or
 * accent-folding collation.
 */
public final class Usernames {

	private Usernames() {
	}

	/** The canonical form of a name as typed; {@code null} stays {@code null}. */
	public static String canonical(String name) {
		if (name == null) {
			return null;
		}
		// lower-casing can leave a string that is not NFKC (e.g. some Greek letters), so
		// normalise again; NFKC of a lower-cased NFKC string is stable
		var folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		return Normalizer.normalize(folded, Normalizer.Form.NFKC);
	}

}
