package org.beanpress.web.abuse;

import org.beanpress.core.user.Usernames;

/**
 * The username as the per-account limit counts it: the canonical form accounts are stored
 * in, so "Alice", "ALICE" and a full-width "Ａlice" share one budget.
 */
final class AccountKey {

	private AccountKey() {
	}

	static String of(String username) {
		return Usernames.canonical(username);
	}

}
