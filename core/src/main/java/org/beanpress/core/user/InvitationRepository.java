package org.beanpress.core.user;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.beanpress.core.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class InvitationRepository {

	private final JdbcClient jdbc;

	public InvitationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Invitation create(String tokenHash, Role role, long createdBy, Instant createdAt, Instant expiresAt) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql(
				"INSERT INTO invitations (token_hash, role, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?)")
			.params(tokenHash, role.name(), createdBy, createdAt, expiresAt)
			.update(keys);
		return new Invitation(keys.getKey().longValue(), tokenHash, role, createdBy, createdAt, expiresAt, null, null);
	}

	public Optional<Invitation> findByHash(String tokenHash) {
		return jdbc.sql("SELECT * FROM invitations WHERE token_hash = ?")
			.param(tokenHash)
			.query(Rows.of(Invitation.class))
			.optional();
	}

	/** The newest invitations, used and expired ones included. */
	public List<Invitation> findNewest(int limit) {
		return jdbc.sql("SELECT * FROM invitations ORDER BY id DESC LIMIT ?")
			.param(limit)
			.query(Rows.of(Invitation.class))
			.list();
	}

	/**
	 * Marks the invitation used if it still is unused and unexpired. One conditional
	 * UPDATE: of two sign-ups racing for one invitation, the second waits for the first's
	 * row lock and then finds it used, so exactly one wins.
	 */
	public boolean use(long id, Instant now) {
		return jdbc.sql("UPDATE invitations SET used_at = ? WHERE id = ? AND used_at IS NULL AND expires_at > ?")
			.params(now, id, now)
			.update() == 1;
	}

	public void recordUser(long id, long userId) {
		jdbc.sql("UPDATE invitations SET used_by = ? WHERE id = ?").params(userId, id).update();
	}

	public boolean delete(long id) {
		return jdbc.sql("DELETE FROM invitations WHERE id = ?").param(id).update() == 1;
	}

}
