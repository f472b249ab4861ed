-- User management (issue 12): disabling accounts, display names and e-mail addresses, invitations and password
-- resets. Disabling raises credentials_version like a password change, so sessions end on every instance at once.
ALTER TABLE users
    ADD COLUMN disabled     BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN display_name VARCHAR(80)  NULL,
    -- for password reset mail only, never shown to readers; stored lower case, unique when present
    ADD COLUMN email        VARCHAR(254) NULL,
    ADD CONSTRAINT uk_users_email UNIQUE (email),
    -- the admin list searches by the start of the display name
    ADD INDEX ix_users_display_name (display_name);

-- Sign-up by invitation: only the SHA-256 of the secret link token is stored (like api_tokens). used_at is set by
-- one conditional UPDATE, so two people racing for one invitation cannot both sign up.
CREATE TABLE invitations (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    token_hash  CHAR(64)    NOT NULL,
    role        VARCHAR(16) NOT NULL,
    created_by  BIGINT      NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6) NULL,
    used_by     BIGINT      NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_invitations_hash UNIQUE (token_hash),
    CONSTRAINT fk_invitations_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT fk_invitations_used_by FOREIGN KEY (used_by) REFERENCES users (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One-time password reset links an admin issues; hash only, single use (conditional UPDATE), expiring.
CREATE TABLE password_resets (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    user_id     BIGINT      NOT NULL,
    token_hash  CHAR(64)    NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_password_resets_hash UNIQUE (token_hash),
    CONSTRAINT fk_password_resets_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
