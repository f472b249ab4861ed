package org.beanpress.web.user;

import org.beanpress.core.user.Role;

/**
 * An admin's change of another account: its role, whether it is disabled, or both; a
 * field left out stays as it is.
 */
record UserChangeRequest(Role role, Boolean disabled) {
}
