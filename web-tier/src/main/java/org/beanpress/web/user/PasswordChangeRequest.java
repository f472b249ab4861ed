package org.beanpress.web.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A user's new password, with the current one to prove it is them. */
record PasswordChangeRequest(@NotBlank(message = "is required") String currentPassword,
		@NotBlank(message = "is required") @Size(min = 10, max = 72,
				message = "must be 10 to 72 characters") String newPassword) {
}
