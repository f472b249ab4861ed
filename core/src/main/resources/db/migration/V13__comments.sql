-- Readers' comments on published posts, moderated: one level of replies (parent_id points at a top-level
-- comment of the same post, checked by the web tier). A comment is by an account (author_id) or anonymous
-- (author_name and author_email, shown to moderators only). markdown is what the commenter typed, html its
-- sanitized rendering that pages show.
CREATE TABLE comments (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    post_id      BIGINT       NOT NULL,
    parent_id    BIGINT       NULL,
    author_id    BIGINT       NULL,
    author_name  VARCHAR(80)  NULL,
    author_email VARCHAR(254) NULL,
    markdown     TEXT         NOT NULL,
    html         TEXT         NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_comments_post FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE,
    CONSTRAINT fk_comments_parent FOREIGN KEY (parent_id) REFERENCES comments (id) ON DELETE CASCADE,
    CONSTRAINT fk_comments_author FOREIGN KEY (author_id) REFERENCES users (id) ON DELETE CASCADE,
    -- a post's approved comments in order (ids rise with created_at), and its counts per status
    INDEX ix_comments_post (post_id, status, id),
    -- the moderation queue: one status, oldest first (keyset on the id)
    INDEX ix_comments_queue (status, id),
    -- "has this commenter an approved comment?", by account or by the anonymous commenter's email
    INDEX ix_comments_author (author_id, status),
    INDEX ix_comments_email (author_email, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Comments closed on one post by its author or an editor (closing by age needs no column: published_at).
ALTER TABLE posts
    ADD COLUMN comments_closed BOOLEAN NOT NULL DEFAULT FALSE;
