package org.beanpress.web.abuse;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The username as the per-account limit counts it: all spellings of one account share one
 * bucket, so "Alice" and "ALICE" are not two budgets.
 */
final class AccountKey {

	private AccountKey() {
	}

	// the one place to point at the shared canonical username (NFKC + case fold) once
	// AccountService and UserRepository use it
	static String of(String username) {
		return Normalizer.normalize(username, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
	}

}
