package org.beanpress.web.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/**
 * What a user changes of their own account: a field left out (or null) stays as it is, an
 * empty one is cleared.
 *
 * @param displayName the name shown with the account (at most 80 characters, no control
 * characters; spaces are collapsed)
 * @param email where password reset links are sent; never shown to readers
 */
record ProfileRequest(
		@Size(max = DisplayNames.MAX_LENGTH,
				message = "must be at most " + DisplayNames.MAX_LENGTH + " characters") String displayName,
		@Size(max = 254, message = "must be at most 254 characters") @Email(
				message = "must be an e-mail address such as ann@example.com") String email) {
}
