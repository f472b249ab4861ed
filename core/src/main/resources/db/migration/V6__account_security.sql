-- Usernames are stored in one canonical form (Unicode NFKC, lower case; see Usernames.canonical) and compared byte
-- for byte: the table's case- and accent-insensitive collation made 'Admin', 'admin' and 'Ädmin' one name in SQL but
-- not in Java. Sign-up allowed only ASCII letters, digits, '.', '_' and '-', and the old collation already kept
-- names unique in any letter case, so lower-casing existing rows is their canonical form and cannot collide.
UPDATE users SET username = LOWER(username);
ALTER TABLE users
    MODIFY username VARCHAR(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    -- raised whenever the password or role changes: a session signed in under an older value is ended at its
    -- next request, on every instance (tokens are revoked in api_tokens at the same time)
    ADD COLUMN credentials_version INT NOT NULL DEFAULT 0;

-- When each token was last presented (updated at most once a minute), for GET /api/tokens.
ALTER TABLE api_tokens
    ADD COLUMN last_used_at DATETIME(6) NULL,
    ADD INDEX ix_api_tokens_user (user_id, revoked_at);
