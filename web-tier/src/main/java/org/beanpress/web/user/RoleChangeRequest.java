package org.beanpress.web.user;

import jakarta.validation.constraints.NotNull;
import org.beanpress.core.user.Role;

/** An admin's change of another account's role. */
record RoleChangeRequest(@NotNull(message = "is required (CONTRIBUTOR, AUTHOR, EDITOR or ADMIN)") Role role) {
}
