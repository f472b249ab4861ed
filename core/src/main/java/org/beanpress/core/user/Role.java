package org.beanpress.core.user;

/**
 * What an account may do, reduced from WordPress's roles. Each role may do everything the
 * one before it may (the order of the constants is that ladder); the web tier's
 * {@code CurrentUser} holds every decision made from it.
 * <ul>
 * <li>CONTRIBUTOR: writes drafts and submits them for review; cannot publish or schedule,
 * cannot edit a post once it is published, and uploads media only up to a configured
 * quota. What one signs up as.</li>
 * <li>AUTHOR: publishes, schedules and edits their own posts, uploads media.</li>
 * <li>EDITOR: edits, publishes and unpublishes anyone's posts, approves posts pending
 * review, manages categories.</li>
 * <li>ADMIN: all of that, plus users, settings and operations.</li>
 * </ul>
 */
public enum Role {

	CONTRIBUTOR, AUTHOR, EDITOR, ADMIN

}
