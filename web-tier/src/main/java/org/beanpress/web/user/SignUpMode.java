package org.beanpress.web.user;

/** Who may create an account. */
public enum SignUpMode {

	/** nobody: every sign-up is refused, invitations included */
	CLOSED,

	/** anyone, with the default role; an invitation link gives its own role */
	OPEN,

	/** only the holder of an invitation link an admin made (as WordPress does) */
	INVITATION

}
