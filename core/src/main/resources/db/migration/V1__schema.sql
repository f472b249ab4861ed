-- Runs on MySQL 8 / Aurora MySQL 3 and on MariaDB 11: no vendor-only syntax, explicit engine and collation.
-- Times are UTC in DATETIME(6) (the driver connects with connectionTimeZone=UTC).

CREATE TABLE users (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    username      VARCHAR(40)  NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_users_username UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE api_tokens (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    user_id    BIGINT      NOT NULL,
    token_hash CHAR(64)    NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    revoked_at DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_api_tokens_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_tokens_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE posts (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    slug         VARCHAR(200) NOT NULL,
    title        VARCHAR(200) NOT NULL,
    markdown     MEDIUMTEXT   NOT NULL,
    html         MEDIUMTEXT   NOT NULL,
    excerpt      VARCHAR(500) NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    author_id    BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    published_at DATETIME(6)  NULL,
    version      INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_posts_slug UNIQUE (slug),
    CONSTRAINT fk_posts_author FOREIGN KEY (author_id) REFERENCES users (id),
    -- keyset pagination of the front page: newest published first
    INDEX ix_posts_published (status, published_at, id),
    INDEX ix_posts_author (author_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE media (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    owner_id          BIGINT       NOT NULL,
    original_key      VARCHAR(255) NOT NULL,
    original_filename VARCHAR(255) NOT NULL,
    content_type      VARCHAR(32)  NOT NULL,
    bytes             BIGINT       NOT NULL,
    width             INT          NOT NULL,
    height            INT          NOT NULL,
    sha256            CHAR(64)     NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    failure_reason    VARCHAR(500) NULL,
    created_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    -- the same file uploaded twice by one owner is one media item
    CONSTRAINT uk_media_owner_sha UNIQUE (owner_id, sha256),
    CONSTRAINT fk_media_owner FOREIGN KEY (owner_id) REFERENCES users (id),
    INDEX ix_media_status (status, updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE media_variants (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    media_id    BIGINT       NOT NULL,
    size_name   VARCHAR(32)  NOT NULL,
    storage_key VARCHAR(255) NOT NULL,
    width       INT          NOT NULL,
    height      INT          NOT NULL,
    bytes       BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_media_variants_size UNIQUE (media_id, size_name),
    CONSTRAINT fk_media_variants_media FOREIGN KEY (media_id) REFERENCES media (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE outbox (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    queue           VARCHAR(80)  NOT NULL,
    body            TEXT         NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    attempts        INT          NOT NULL,
    next_attempt_at DATETIME(6)  NOT NULL,
    sent_at         DATETIME(6)  NULL,
    PRIMARY KEY (id),
    -- the relay claims unsent rows that are due, oldest first
    INDEX ix_outbox_pending (sent_at, next_attempt_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE processed_jobs (
    job_id       CHAR(36)    NOT NULL,
    processed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (job_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
