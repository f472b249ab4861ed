package org.beanpress.web.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.beanpress.core.site.SiteUrls;
import org.beanpress.core.user.Invitation;
import org.beanpress.core.user.InvitationRepository;
import org.beanpress.core.user.Role;
import org.beanpress.core.user.User;
import org.beanpress.web.system.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Invitation links: an admin makes one for a role up to editor; whoever opens it signs up
 * with that role, once, before it expires. Only the secret's SHA-256 is stored, so the
 * table grants nothing; the link is shown once, to the admin who made it.
 */
@Service
class InvitationService {

	static final String PREFIX = "bpi_";

	private static final int LISTED = 100;

	private final InvitationRepository invitations;

	private final AccountsProperties properties;

	private final SiteUrls site;

	private final Clock clock;

	InvitationService(InvitationRepository invitations, AccountsProperties properties, SiteUrls site, Clock clock) {
		this.invitations = invitations;
		this.properties = properties;
		this.site = site;
		this.clock = clock;
	}

	IssuedInvitation create(CurrentUser admin, InvitationRequest request) {
		if (properties.signUp() == SignUpMode.CLOSED) {
			throw ProblemException.conflict("Sign-up is closed on this site (beanpress.accounts.sign-up=CLOSED), so an"
					+ " invitation could not be used; open sign-up or allow invitations first");
		}
		var role = request.role() == null ? Role.CONTRIBUTOR : request.role();
		if (role == Role.ADMIN) {
			throw ProblemException.badRequest(
					"role: an invitation gives CONTRIBUTOR, AUTHOR or EDITOR; make an admin by changing the role of an"
							+ " account");
		}
		var ttl = request.validDays() == null ? properties.invitationTtl() : Duration.ofDays(request.validDays());
		var secret = Secrets.generate(PREFIX);
		var now = clock.instant();
		var invitation = invitations.create(Secrets.hash(secret), role, admin.id(), now, now.plus(ttl));
		return new IssuedInvitation(invitation.id(), invitation.role(), invitation.expiresAt(), link(secret));
	}

	List<InvitationView> list() {
		var now = clock.instant();
		return invitations.findNewest(LISTED).stream().map(invitation -> InvitationView.of(invitation, now)).toList();
	}

	void delete(long id) {
		if (!invitations.delete(id)) {
			throw ProblemException.notFound("There is no invitation with id " + id);
		}
	}

	/**
	 * Uses up the invitation a sign-up presents, in the sign-up's transaction; refuses
	 * one that is unknown, used or expired with the reason.
	 */
	Invitation redeem(String secret) {
		var invitation = invitations.findByHash(Secrets.hash(secret.strip()))
			.orElseThrow(() -> ProblemException
				.forbidden("invitation: is not an invitation of this site; ask an admin for a new link"));
		var now = clock.instant();
		if (invitation.isExpiredAt(now) && !invitation.isUsed()) {
			throw new ProblemException(HttpStatus.GONE,
					"invitation: expired at " + invitation.expiresAt() + "; ask an admin for a new link");
		}
		if (!invitations.use(invitation.id(), now)) {
			throw new ProblemException(HttpStatus.GONE,
					"invitation: has been used already; each invitation makes one account");
		}
		return invitation;
	}

	void recordUser(Invitation invitation, User user) {
		invitations.recordUser(invitation.id(), user.id());
	}

	private String link(String secret) {
		return site.absolute("/signup?invitation=" + secret);
	}

	/** A new invitation; the link holds the secret and is shown this once. */
	record IssuedInvitation(long id, Role role, Instant expiresAt, String link) {
	}

	/** An invitation as admins list it: never its secret. */
	record InvitationView(long id, Role role, Instant createdAt, Instant expiresAt, String status, Long usedBy) {

		static InvitationView of(Invitation invitation, Instant now) {
			var status = invitation.isUsed() ? "USED" : invitation.isExpiredAt(now) ? "EXPIRED" : "PENDING";
			return new InvitationView(invitation.id(), invitation.role(), invitation.createdAt(),
					invitation.expiresAt(), status, invitation.usedBy());
		}

	}

}
