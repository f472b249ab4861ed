package org.beanpress.web.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.beanpress.core.user.Usernames;

/**
 * A new account. The username is taken in canonical form (so {@code Ａnn} signs up as
 * {@code ann}). Passwords are bcrypt-hashed, and bcrypt reads at most 72 bytes, so longer
 * ones are refused rather than silently cut.
 *
 * @param invitation the secret of an invitation link, when signing up with one (it gives
 * the account the invitation's role)
 */
public record SignUpRequest(
		@NotBlank(message = "is required") @Size(min = 3, max = 40, message = "must be 3 to 40 characters") @Pattern(
				regexp = "[a-z0-9._-]*",
				message = "may hold only letters, digits, dot, dash and underscore") String username,
		@NotBlank(message = "is required") @Size(min = 10, max = 72,
				message = "must be 10 to 72 characters") String password,
		@Size(max = 100, message = "is not an invitation of this site") String invitation) {

	public SignUpRequest {
		username = Usernames.canonical(username);
	}

}
