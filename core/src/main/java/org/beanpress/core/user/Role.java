package org.beanpress.core.user;

/**
 * What an account may do: authors manage their own posts and media, admins manage
 * everything.
 */
public enum Role {

	CONTRIBUTOR, AUTHOR, EDITOR, ADMIN

}
