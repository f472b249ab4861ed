package org.beanpress.core.user;

/** How the admin list of accounts is sorted. */
public enum UserOrder {

	/** the newest accounts first */
	NEWEST,

	/** by username */
	NAME

}
